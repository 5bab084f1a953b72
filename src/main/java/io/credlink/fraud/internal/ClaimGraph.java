package io.credlink.fraud.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bipartite claim-party graph in arrays: claims 0..n-1, parties 0..m-1, each claim's people
 * (claimant, claim parties) and professionals (provider, adjuster, agent, intermediary). Built
 * once per scan from one streamed query; ring detection links parties through the same claims.
 * Per party it also counts its FILED and PARTY_TO relationships ({@link #claimLinks}) and its
 * FILED ones ({@link #filed}).
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
    private int[] claimLinks = new int[1024];
    private int[] filed = new int[1024];

    /**
     * @param peopleLinks one id per FILED or PARTY_TO relationship to the claim (a person may repeat)
     * @param filerIds    one id per FILED relationship
     */
    void addClaim(String id, String policyId, boolean knownFraud, LocalDate incidentDate, List<String> peopleLinks,
                  List<String> filerIds, List<String> professionalIds) {
        claimIds.add(id);
        policyIds.add(policyId);
        fraud.add(knownFraud);
        incident.add(incidentDate);
        int[] links = indexes(peopleLinks);
        for (int j : links) {
            claimLinks[j]++;
        }
        for (int j : indexes(filerIds)) {
            filed[j]++;
        }
        people.add(java.util.Arrays.stream(links).distinct().toArray());
        professionals.add(indexes(professionalIds));
    }

    /** The party's FILED and PARTY_TO relationships (to claims). */
    int claimLinks(int party) {
        return claimLinks[party];
    }

    /** The claims the party filed. */
    int filed(int party) {
        return party < 0 ? 0 : filed[party];
    }

    private int[] indexes(List<String> ids) {
        int[] out = new int[ids.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = partyIndex.computeIfAbsent(ids.get(k), id -> {
                partyIds.add(id);
                if (partyIds.size() > filed.length) {
                    filed = java.util.Arrays.copyOf(filed, filed.length * 2);
                    claimLinks = java.util.Arrays.copyOf(claimLinks, claimLinks.length * 2);
                }
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
