package com.studyhall.persistence;

import com.studyhall.StudyhallIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.validation.constraints.Size;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text column with a length limit has the same (or a smaller) limit on its entity field, so
 * an over-long value is refused by validation, which names the field, before the database would
 * refuse it with an error that names nothing and answers 500.
 */
@StudyhallIntegrationTest
class TextColumnLimitsTests {

    /** H2 reports this for a column declared without a length: nothing to guard. */
    static final long UNBOUNDED = 1_000_000;

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyBoundedTextColumnHasAValidatedMaximumOnItsField() throws Exception {
        var metamodel = entityManagers.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        List<String> unguarded = new ArrayList<>();
        int checked = 0;
        for (EntityType<?> entity : entityManagers.getMetamodel().getEntities()) {
            var persister = (AbstractEntityPersister) metamodel.getEntityDescriptor(entity.getJavaType());
            for (Attribute<?, ?> attribute : entity.getAttributes()) {
                if (attribute.getJavaType() != String.class || !(attribute.getJavaMember() instanceof Field field)) {
                    continue;
                }
                String[] columns = persister.getPropertyColumnNames(attribute.getName());
                if (columns.length != 1) {
                    continue;
                }
                Long length = columnLength(persister.getTableName(), columns[0]);
                if (length == null || length >= UNBOUNDED) {
                    continue;
                }
                checked++;
                Size size = field.getAnnotation(Size.class);
                if (size == null || size.max() > length) {
                    unguarded.add(entity.getName() + "." + attribute.getName() + " (" + persister.getTableName()
                            + "." + columns[0] + " holds " + length + ")");
                }
            }
        }
        assertThat(checked).as("bounded text columns found").isGreaterThan(20);
        assertThat(unguarded).as("fields without @Size(max <= column length)").isEmpty();
    }

    private Long columnLength(String table, String column) {
        List<Long> lengths = jdbc.queryForList("""
                select character_maximum_length from information_schema.columns
                where lower(table_name) = lower(?) and lower(column_name) = lower(?) and table_schema = 'PUBLIC'""",
                Long.class, table, column);
        return lengths.isEmpty() ? null : lengths.get(0);
    }
}
