package io.credlink.fraud.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bipartite claim-party graph in arrays: claims 0..n-1, parties 0..m-1, each claim's people
 * (claimant, claim parties) and professionals (provider, adjuster, agent, intermediary). Built
 * once per scan from one streamed query.
 */
final class ClaimGraph {

    final List<String> claimIds = new ArrayList<>();
    final List<String> policyIds = new ArrayList<>();
    final List<Boolean> fraud = new ArrayList<>();
    final List<LocalDate> incident = new ArrayList<>();
    final List<int[]> people = new ArrayList<>();
    final List<int[]> professionals = new ArrayList<>();
    final List<String> partyIds = new ArrayList<>();
    private final Map<String, Integer> partyIndex = new HashMap<>();

    void addClaim(String id, String policyId, boolean knownFraud, LocalDate incidentDate, List<String> peopleIds,
                  List<String> professionalIds) {
        claimIds.add(id);
        policyIds.add(policyId);
        fraud.add(knownFraud);
        incident.add(incidentDate);
        people.add(indexes(peopleIds));
        professionals.add(indexes(professionalIds));
    }

    private int[] indexes(List<String> ids) {
        int[] out = new int[ids.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = partyIndex.computeIfAbsent(ids.get(k), id -> {
                partyIds.add(id);
                return partyIds.size() - 1;
            });
        }
        return out;
    }

    int claims() {
        return claimIds.size();
    }

    int parties() {
        return partyIds.size();
    }

    /** -1 when the party is on no claim. */
    int party(String id) {
        return partyIndex.getOrDefault(id, -1);
    }
}
