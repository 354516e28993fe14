package dev.tsunagu.telephony.settings;

/** The language of the voice guidance the PBX plays (transfer prompts). */
public enum GuidanceLanguage {
    JA, EN;

    /** The folder of the prompt files, e.g. {@code ja}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
