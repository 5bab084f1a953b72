package io.credlink.resolution.internal;

/** The compared fields; {@code evidenceName} is how the API names them (persons and firms). */
public enum Field {
    IDENTITY("idNumber", "creditCode"),
    NAME("name", "name"),
    PHONE("phone", "phone"),
    EMAIL("email", "email"),
    BANK_ACCOUNT("bankAccount", "bankAccount"),
    ADDRESS("address", "address"),
    LICENCE("licenseNo", "licenseNo");

    static final Field[] ALL = values();

    private final String personName;
    private final String firmName;

    Field(String personName, String firmName) {
        this.personName = personName;
        this.firmName = firmName;
    }

    public String evidenceName(boolean firm) {
        return firm ? firmName : personName;
    }
}
