package dev.tsunagu.server.identity;

/**
 * What an admin submits to create or edit an account. Fields arrive as typed by a person, so they
 * are checked by {@link AccountRules} before anything is stored. {@code password} is used only on
 * creation; {@code login} cannot change after creation.
 */
public record AccountDraft(String login, String name, String role, String extension, Boolean agent, String password) {
}
