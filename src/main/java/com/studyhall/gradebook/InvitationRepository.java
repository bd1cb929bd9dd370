package com.studyhall.gradebook;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    List<Invitation> findByCourseIdOrderByInvitedAtDescIdDesc(long courseId);

    Optional<Invitation> findByCourseIdAndEmail(long courseId, String email);

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByEmail(String email);
}
