package com.studyhall.authoring;

import com.studyhall.study.SectionSummary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A section's summary at its three levels. */
public class SummaryForm extends MergeableForm<SummaryForm> {

    @NotBlank
    @Size(max = 2000)
    private String basic = "";

    @NotBlank
    @Size(max = 8000)
    private String medium = "";

    @NotBlank
    @Size(max = 40000)
    private String detailed = "";

    static SummaryForm of(SectionSummary summary) {
        var form = new SummaryForm();
        form.basic = summary.getBasic();
        form.medium = summary.getMedium();
        form.detailed = summary.getDetailed();
        return form.startingAt(summary.getVersion());
    }

    /** Takes an earlier version's levels from its history snapshot; base and version stay the stored summary's. */
    SummaryForm restoring(Map<String, String> version, long changeId) {
        basic = version.getOrDefault("Basic", basic);
        medium = version.getOrDefault("Medium", medium);
        detailed = version.getOrDefault("Detailed", detailed);
        setRestoring(changeId);
        return this;
    }

    @Override
    Map<String, String> snapshot() {
        var values = new LinkedHashMap<String, String>();
        values.put("Basic", basic);
        values.put("Medium", medium);
        values.put("Detailed", detailed);
        return values;
    }

    @Override
    void copyFields(SummaryForm stored, Set<String> labels) {
        for (String label : labels) {
            switch (label) {
                case "Basic" -> basic = stored.basic;
                case "Medium" -> medium = stored.medium;
                case "Detailed" -> detailed = stored.detailed;
                default -> { }
            }
        }
    }

    public String getBasic() { return basic; }
    public void setBasic(String basic) { this.basic = basic == null ? "" : basic.replace("\r\n", "\n"); }
    public String getMedium() { return medium; }
    public void setMedium(String medium) { this.medium = medium == null ? "" : medium.replace("\r\n", "\n"); }
    public String getDetailed() { return detailed; }
    public void setDetailed(String detailed) { this.detailed = detailed == null ? "" : detailed.replace("\r\n", "\n"); }
}
