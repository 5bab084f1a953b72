package io.credlink.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A small valid dataset touching every file of the contract, written as CSV text. */
final class ImportFixtures {

    static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("insurers.csv", """
                    id,name,license_no,status
                    INS-1,平安财产保险,LIC-001,ACTIVE
                    INS-2,"Harbour Mutual, Ltd.",LIC-002,ACTIVE
                    """),
            Map.entry("intermediaries.csv", """
                    id,name,kind,license_no,status
                    INT-1,安信保险代理,AGENCY,AG-1,ACTIVE
                    """),
            Map.entry("practitioners.csv", """
                    id,name,id_number,kind,license_no,status
                    PR-1,张伟,110101198001011234,AGENT,P-1,ACTIVE
                    PR-2,李娜,,ADJUSTER,,ACTIVE
                    PR-3,王强,,EXECUTIVE,,ACTIVE
                    """),
            Map.entry("consumers.csv", """
                    id,name,id_number,kind
                    CO-1,刘洋,310101199001011111,PERSON
                    CO-2,陈静,,PERSON
                    CO-3,宏达物流有限公司,,COMPANY
                    """),
            Map.entry("providers.csv", """
                    id,name,kind
                    PV-1,顺达汽修,GARAGE
                    """),
            Map.entry("affiliations.csv", """
                    person_id,org_id,role,from,to
                    PR-1,INT-1,AGENT,2020-01-01,
                    PR-3,INS-1,EXECUTIVE,2018-05-01,2023-12-31
                    PR-2,INS-1,ADJUSTER,2019-01-01,
                    """),
            Map.entry("contracts.csv", """
                    intermediary_id,insurer_id,from,to
                    INT-1,INS-1,2019-01-01,
                    """),
            Map.entry("policies.csv", """
                    id,insurer_id,holder_id,insured_id,line,start_date,end_date,premium,agent_id,intermediary_id,insurer_confirmed,status,cancelled_on,subject_ref
                    PO-1,INS-1,CO-1,,AUTO,2024-01-01,2024-12-31,3200.50,PR-1,INT-1,,ACTIVE,,VIN-AAA
                    PO-2,INS-2,CO-2,CO-1,HEALTH,2024-02-01,2025-01-31,800,,,false,ACTIVE,,
                    """),
            Map.entry("claims.csv", """
                    id,policy_id,claimant_id,incident_date,reported_date,amount,cause,status,adjuster_id,provider_id,subject_ref,invoice_no
                    CL-1,PO-1,CO-1,2024-03-01,2024-03-02,12000.00,COLLISION,PAID,PR-2,PV-1,VIN-AAA,INV-9
                    CL-2,PO-2,CO-2,2024-04-01,,500,ILLNESS,OPEN,,,,
                    """),
            Map.entry("claim_parties.csv", """
                    claim_id,party_id,role
                    CL-1,CO-2,WITNESS
                    CL-1,CO-3,THIRD_PARTY
                    """),
            Map.entry("identifiers.csv", """
                    entity_id,kind,value
                    CO-1,PHONE,+86 138-0013-8000
                    CO-2,PHONE,13800138000
                    CO-1,EMAIL, Liu.Yang@Example.com
                    CO-2,ADDRESS,  1 Jianguo  Rd
                    """),
            Map.entry("sanctions.csv", """
                    id,subject_id,authority,kind,severity,blacklist,decided_on,effective_from,effective_to,reason
                    SA-1,INS-1,NFRA,FINE,4,true,2023-06-01,2023-06-15,,"fraudulent ""zero-premium"" sales"
                    """),
            Map.entry("records.csv", """
                    id,subject_id,kind,date,severity,detail
                    RE-1,PR-1,COMPLAINT,2024-05-01,2,late payout
                    RE-2,INT-1,AWARD,2024-01-10,3,
                    """));

    private ImportFixtures() {
    }

    static Path write(Path dir, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
