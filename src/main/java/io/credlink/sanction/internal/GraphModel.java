package io.credlink.sanction.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.credlink.sanction.SanctionProperties.NodeType;
import io.credlink.sanction.SanctionProperties.RelationshipType;

/** The enumerations of the graph model that rules may name (DATA-CONTRACT.md): role and kind values. */
final class GraphModel {

    private GraphModel() {
    }

    static final Set<String> PARTY_LABELS = Set.of("Insurer", "Intermediary", "Practitioner", "Consumer", "Provider");

    private static final Map<RelationshipType, Set<String>> ROLES = Map.of(
            RelationshipType.AFFILIATED_WITH,
            Set.of("AGENT", "EMPLOYEE", "EXECUTIVE", "LEGAL_REPRESENTATIVE", "ADJUSTER", "SHAREHOLDER"),
            RelationshipType.PARTY_TO,
            Set.of("DRIVER", "PASSENGER", "WITNESS", "THIRD_PARTY", "INJURED", "BENEFICIARY", "LAWYER", "OTHER"));

    private static final Map<NodeType, Set<String>> KINDS = Map.of(
            NodeType.INTERMEDIARY, Set.of("AGENCY", "BROKER", "ADJUSTER"),
            NodeType.PRACTITIONER, Set.of("AGENT", "BROKER", "ADJUSTER", "EXECUTIVE", "OTHER"),
            NodeType.CONSUMER, Set.of("PERSON", "COMPANY"),
            NodeType.PROVIDER, Set.of("HOSPITAL", "GARAGE", "PHARMACY", "OTHER"),
            NodeType.IDENTIFIER, Set.of("PHONE", "ADDRESS", "BANK_ACCOUNT", "EMAIL", "DEVICE"));

    /** Whether {@code role} is a value of the {@code role} property of {@code type}. */
    static boolean hasRole(RelationshipType type, String role) {
        return ROLES.getOrDefault(type, Set.of()).contains(role);
    }

    /** Whether {@code kind} is a value of the {@code kind} property of {@code type} (Party: of any party). */
    static boolean hasKind(NodeType type, String kind) {
        if (type == NodeType.PARTY) {
            return EnumSet.of(NodeType.INTERMEDIARY, NodeType.PRACTITIONER, NodeType.CONSUMER, NodeType.PROVIDER)
                    .stream().anyMatch(t -> hasKind(t, kind));
        }
        return KINDS.getOrDefault(type, Set.of()).contains(kind);
    }

    /** Whether an entity of domain type {@code label} has one of {@code types}. */
    static boolean isOfType(String label, Set<NodeType> types) {
        for (NodeType t : types) {
            if (t.label().equals(label) || (t == NodeType.PARTY && PARTY_LABELS.contains(label))) {
                return true;
            }
        }
        return false;
    }
}
