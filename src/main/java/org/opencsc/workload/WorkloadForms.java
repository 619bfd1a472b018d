package org.opencsc.workload;

/** What managers and analysts type about workload. Numbers arrive as typed, so that a mistyped one is shown back. */
public final class WorkloadForms {

    private WorkloadForms() {
    }

    /** The weights for each case status, the additions, and the threshold for a full-time worker. */
    public record SettingsForm(String assessment, String childInNeed, String childProtection, String lookedAfter, String careLeaver,
                               String referral, String earlyHelp, String inProceedings, String highComplexity, String threshold) {
    }

    public record ComplexityForm(String level, String reason) {
    }

    /** A worker's hours as a share of full time: 1 is full time, 0.6 three days a week. */
    public record WorkingPatternForm(String fte) {
    }
}
