package dev.tsunagu.server.pbx;

/**
 * One of the company's numbers (a DID): calls from outside to {@code number} (national form) ring
 * {@code extension}. {@code label} is the admin's note ("Sales direct line"), may be null.
 */
record InboundNumber(long id, String number, String extension, String label) {
}
