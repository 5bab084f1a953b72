package io.credlink.ingest.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The files of DATA-CONTRACT.md: their columns, which values are required, the type of each
 * value, and the Cypher that upserts them. Files are listed in dependency order, so that a
 * reference always points at a file imported before (or at the stored graph).
 */
final class DatasetContract {

    enum Type { TEXT, ENUM, DATE, DECIMAL, BOOLEAN, SEVERITY, REF }

    record Column(String name, String param, boolean required, Type type, Set<String> values) {

        boolean isRef() {
            return type == Type.REF;
        }
    }

    /**
     * @param file       file name in the dataset directory
     * @param query      named Cypher that upserts a batch of rows
     * @param entityType the node type the file's {@code id} column creates, or null
     * @param columns    every column, in contract order
     * @param dateOrder  pairs of date columns where the second may not precede the first
     */
    record FileSpec(String file, String query, String entityType, List<Column> columns, List<String[]> dateOrder) {

        Set<String> columnNames() {
            return columns.stream().map(Column::name).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        Map<String, Column> byName() {
            return columns.stream().collect(Collectors.toMap(Column::name, Function.identity()));
        }
    }

    static final Set<String> ORG_STATUS = Set.of("ACTIVE", "SUSPENDED", "REVOKED", "EXITED");
    static final Set<String> PARTY_TYPES = Set.of("Insurer", "Intermediary", "Practitioner", "Consumer", "Provider");

    private static Column id() {
        return new Column("id", "id", true, Type.TEXT, Set.of());
    }

    private static Column text(String name, String param, boolean required) {
        return new Column(name, param, required, Type.TEXT, Set.of());
    }

    private static Column oneOf(String name, String param, boolean required, String... values) {
        return new Column(name, param, required, Type.ENUM, Set.of(values));
    }

    private static Column status() {
        return new Column("status", "status", true, Type.ENUM, ORG_STATUS);
    }

    private static Column date(String name, String param, boolean required) {
        return new Column(name, param, required, Type.DATE, Set.of());
    }

    private static Column decimal(String name, String param, boolean required) {
        return new Column(name, param, required, Type.DECIMAL, Set.of());
    }

    private static Column ref(String name, String param, boolean required, Set<String> types) {
        return new Column(name, param, required, Type.REF, types);
    }

    private static Column ref(String name, String param, boolean required, String... types) {
        return ref(name, param, required, Set.of(types));
    }

    static final List<FileSpec> FILES = List.of(
            new FileSpec("insurers.csv", "ingest/upsertInsurers", "Insurer", List.of(
                    id(), text("name", "name", true), text("license_no", "licenseNo", false), status()), List.of()),
            new FileSpec("intermediaries.csv", "ingest/upsertIntermediaries", "Intermediary", List.of(
                    id(), text("name", "name", true), oneOf("kind", "kind", true, "AGENCY", "BROKER", "ADJUSTER"),
                    text("license_no", "licenseNo", false), status()), List.of()),
            new FileSpec("practitioners.csv", "ingest/upsertPractitioners", "Practitioner", List.of(
                    id(), text("name", "name", true), text("id_number", "idNumber", false),
                    oneOf("kind", "kind", true, "AGENT", "BROKER", "ADJUSTER", "EXECUTIVE", "OTHER"),
                    text("license_no", "licenseNo", false), status()), List.of()),
            new FileSpec("consumers.csv", "ingest/upsertConsumers", "Consumer", List.of(
                    id(), text("name", "name", true), text("id_number", "idNumber", false),
                    oneOf("kind", "kind", true, "PERSON", "COMPANY")), List.of()),
            new FileSpec("providers.csv", "ingest/upsertProviders", "Provider", List.of(
                    id(), text("name", "name", true),
                    oneOf("kind", "kind", true, "HOSPITAL", "GARAGE", "PHARMACY", "OTHER")), List.of()),
            new FileSpec("affiliations.csv", "ingest/upsertAffiliations", null, List.of(
                    ref("person_id", "personId", true, "Practitioner"),
                    ref("org_id", "orgId", true, "Insurer", "Intermediary"),
                    oneOf("role", "role", true, "AGENT", "EMPLOYEE", "EXECUTIVE", "LEGAL_REPRESENTATIVE", "ADJUSTER",
                            "SHAREHOLDER"),
                    date("from", "from", true), date("to", "to", false)), List.<String[]>of(new String[] {"from", "to"})),
            new FileSpec("contracts.csv", "ingest/upsertContracts", null, List.of(
                    ref("intermediary_id", "intermediaryId", true, "Intermediary"),
                    ref("insurer_id", "insurerId", true, "Insurer"),
                    date("from", "from", true), date("to", "to", false)), List.<String[]>of(new String[] {"from", "to"})),
            new FileSpec("policies.csv", "ingest/upsertPolicies", "Policy", List.of(
                    id(), ref("insurer_id", "insurerId", true, "Insurer"),
                    ref("holder_id", "holderId", true, "Consumer"), ref("insured_id", "insuredId", false, "Consumer"),
                    oneOf("line", "line", true, "AUTO", "HEALTH", "LIFE", "PROPERTY", "ACCIDENT", "LIABILITY", "OTHER"),
                    date("start_date", "startDate", true), date("end_date", "endDate", false),
                    decimal("premium", "premium", false), ref("agent_id", "agentId", false, "Practitioner"),
                    ref("intermediary_id", "intermediaryId", false, "Intermediary"),
                    new Column("insurer_confirmed", "insurerConfirmed", false, Type.BOOLEAN, Set.of()),
                    oneOf("status", "status", true, "ACTIVE", "LAPSED", "CANCELLED", "EXPIRED"),
                    date("cancelled_on", "cancelledOn", false), text("subject_ref", "subjectRef", false)),
                    List.<String[]>of(new String[] {"start_date", "end_date"}, new String[] {"start_date", "cancelled_on"})),
            new FileSpec("claims.csv", "ingest/upsertClaims", "Claim", List.of(
                    id(), ref("policy_id", "policyId", true, "Policy"), ref("claimant_id", "claimantId", true, "Consumer"),
                    date("incident_date", "incidentDate", true), date("reported_date", "reportedDate", false),
                    decimal("amount", "amount", true), text("cause", "cause", false),
                    oneOf("status", "status", true, "OPEN", "PAID", "DENIED", "WITHDRAWN", "FRAUD"),
                    ref("adjuster_id", "adjusterId", false, "Practitioner"),
                    ref("provider_id", "providerId", false, "Provider"),
                    text("subject_ref", "subjectRef", false), text("invoice_no", "invoiceNo", false)),
                    List.<String[]>of(new String[] {"incident_date", "reported_date"})),
            new FileSpec("claim_parties.csv", "ingest/upsertClaimParties", null, List.of(
                    ref("claim_id", "claimId", true, "Claim"), ref("party_id", "partyId", true, "Consumer", "Practitioner"),
                    oneOf("role", "role", true, "DRIVER", "PASSENGER", "WITNESS", "THIRD_PARTY", "INJURED", "BENEFICIARY",
                            "LAWYER", "OTHER")), List.of()),
            new FileSpec("identifiers.csv", "ingest/upsertIdentifiers", null, List.of(
                    ref("entity_id", "entityId", true, PARTY_TYPES),
                    oneOf("kind", "kind", true, "PHONE", "ADDRESS", "BANK_ACCOUNT", "EMAIL", "DEVICE"),
                    text("value", "rawValue", true)), List.of()),
            new FileSpec("sanctions.csv", "ingest/upsertSanctions", "Sanction", List.of(
                    id(), ref("subject_id", "subjectId", true, PARTY_TYPES), text("authority", "authority", true),
                    oneOf("kind", "kind", true, "WARNING", "FINE", "LICENSE_SUSPENDED", "LICENSE_REVOKED", "BAN_FROM_OFFICE",
                            "BAN_FROM_INDUSTRY", "CRIMINAL_REFERRAL", "OTHER"),
                    new Column("severity", "severity", true, Type.SEVERITY, Set.of()),
                    new Column("blacklist", "blacklist", true, Type.BOOLEAN, Set.of()),
                    date("decided_on", "decidedOn", true), date("effective_from", "effectiveFrom", true),
                    date("effective_to", "effectiveTo", false), text("reason", "reason", false)),
                    List.<String[]>of(new String[] {"effective_from", "effective_to"})),
            new FileSpec("records.csv", "ingest/upsertRecords", "CreditRecord", List.of(
                    id(), ref("subject_id", "subjectId", true, PARTY_TYPES),
                    oneOf("kind", "kind", true, "COMPLAINT", "LITIGATION", "VIOLATION", "TAX_ARREARS", "AWARD", "RED_LIST",
                            "OTHER"),
                    date("date", "date", true), new Column("severity", "severity", true, Type.SEVERITY, Set.of()),
                    text("detail", "detail", false)), List.of()));

    private DatasetContract() {
    }

    static FileSpec spec(String fileName) {
        return FILES.stream().filter(f -> f.file().equals(fileName)).findFirst().orElse(null);
    }
}
