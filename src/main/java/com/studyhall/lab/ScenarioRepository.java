package com.studyhall.lab;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ScenarioRepository extends JpaRepository<Scenario, Long> {

    List<Scenario> findByOwnerIdOrderByUpdatedAtDescIdDesc(long ownerId);

    Optional<Scenario> findByIdAndOwnerId(long id, long ownerId);

    long countByOwnerId(long ownerId);

    Optional<Scenario> findByShareToken(String shareToken);
}
