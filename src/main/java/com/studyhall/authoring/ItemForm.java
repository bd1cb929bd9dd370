package com.studyhall.authoring;

import org.springframework.validation.Errors;

import java.util.LinkedHashMap;
import java.util.Map;

/** The generic item form: one text value per field of the kind, and the version and values it started from. */
public class ItemForm extends MergeableForm<ItemForm> {

    private Map<String, String> values = new LinkedHashMap<>();

    static ItemForm of(Map<String, String> values, long version) {
        var form = new ItemForm();
        form.values = new LinkedHashMap<>(values);
        return form.startingAt(version);
    }

    /** Keyed by field name; {@link ItemKind#label} names them on a conflict page. */
    @Override
    Map<String, String> snapshot() {
        var snapshot = new LinkedHashMap<String, String>();
        values.forEach((name, value) -> snapshot.put(name, value == null ? "" : value.replace("\r\n", "\n")));
        return snapshot;
    }

    @Override
    void copyFields(ItemForm stored, java.util.Set<String> names) {
        names.forEach(name -> values.put(name, stored.values.getOrDefault(name, "")));
    }

    /** Takes an earlier version's values (by field name); base and version stay the stored item's. */
    ItemForm restoring(Map<String, String> version, long changeId) {
        version.forEach((name, value) -> {
            if (values.containsKey(name)) {
                values.put(name, value);
            }
        });
        setRestoring(changeId);
        return this;
    }

    static ItemForm blank(ItemKind<?> kind) {
        var form = new ItemForm();
        kind.fields.forEach(field -> form.values.put(field.name(),
                field.choices().isEmpty() ? "" : field.choices().get(0)));
        return form;
    }

    /** Only the kind's fields, trimmed of the line breaks browsers add, so nothing else is bound. */
    Map<String, String> valuesFor(ItemKind<?> kind) {
        var clean = new LinkedHashMap<String, String>();
        kind.fields.forEach(field -> clean.put(field.name(),
                values.getOrDefault(field.name(), "").replace("\r\n", "\n")));
        return clean;
    }

    void validate(ItemKind<?> kind, Errors errors) {
        for (ItemKind.Field field : kind.fields) {
            String value = values.getOrDefault(field.name(), "");
            String path = "values[" + field.name() + "]";
            if (field.required() && value.isBlank()) {
                errors.rejectValue(path, "required", field.label() + " is required");
            } else if (value.length() > field.maxLength()) {
                errors.rejectValue(path, "length", field.label() + " is longer than " + field.maxLength() + " characters");
            } else if (!field.choices().isEmpty() && !field.choices().contains(value)) {
                errors.rejectValue(path, "choice", "choose one of " + field.choices());
            }
        }
    }

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }
}
