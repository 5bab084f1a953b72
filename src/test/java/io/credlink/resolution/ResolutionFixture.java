package io.credlink.resolution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import io.credlink.resolution.internal.IdNumber;

/**
 * A dataset with the cases resolution must get right, written as CSV files for the import: one
 * person at two insurers (legacy 15-digit number and traditional characters at one, the 18-digit
 * number with a lower-case x at the other), a record of the same person with a typo in the id
 * number, a household (shared phone and address, different valid numbers), and a background
 * population so that u is estimated from more than the cases.
 */
public final class ResolutionFixture {

    public static final String PERSON_A = "RA-C1";
    public static final String PERSON_B = "RB-C1";
    public static final String PERSON_TYPO = "RB-C2";
    public static final String HOUSEHOLD_1 = "RA-C2";
    public static final String HOUSEHOLD_2 = "RB-C3";

    private ResolutionFixture() {
    }

    public static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("insurers.csv"), """
                id,name,license_no,status
                RINS-A,鼎信财产保险股份有限公司,000000000000088,ACTIVE
                RINS-B,安澜健康保险股份有限公司,000061803398917,ACTIVE
                """, StandardCharsets.UTF_8);
        StringBuilder consumers = new StringBuilder("id,name,id_number,kind\n");
        consumers.append(PERSON_A).append(",劉德華,110105491231002,PERSON\n");
        consumers.append(PERSON_B).append(",刘德华,11010519491231002x,PERSON\n");
        consumers.append(PERSON_TYPO).append(",Liu Dehua,11010519491231003X,PERSON\n");
        String seventeen = "44052419800101001";
        consumers.append(HOUSEHOLD_1).append(",张伟,").append(seventeen).append(IdNumber.checkCharacter(seventeen))
                .append(",PERSON\n");
        String other = "44052419820202002";
        consumers.append(HOUSEHOLD_2).append(",张丽,").append(other).append(IdNumber.checkCharacter(other))
                .append(",PERSON\n");
        StringBuilder identifiers = new StringBuilder("entity_id,kind,value\n");
        identifiers.append(PERSON_A).append(",PHONE,+86 138-1234-5678\n");
        identifiers.append(PERSON_TYPO).append(",PHONE,13812345678\n");
        identifiers.append(PERSON_B).append(",EMAIL,LDH@example.cn\n");
        identifiers.append(PERSON_TYPO).append(",EMAIL,ldh@example.cn\n");
        identifiers.append(HOUSEHOLD_1).append(",PHONE,13700000007\n");
        identifiers.append(HOUSEHOLD_2).append(",PHONE,13700000007\n");
        identifiers.append(HOUSEHOLD_1).append(",ADDRESS,广东省汕头市潮阳区建国路1号\n");
        identifiers.append(HOUSEHOLD_2).append(",ADDRESS,广东省汕头市潮阳区建国路1号\n");
        SplittableRandom random = new SplittableRandom(5);
        String surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华金魏陶姜";
        String given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂";
        for (int i = 0; i < 300; i++) {
            String s17 = String.format("3101151960%02d%02d%03d", 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(1000));
            String name = "" + surnames.charAt(random.nextInt(surnames.length())) + given.charAt(random.nextInt(given.length()))
                    + given.charAt(random.nextInt(given.length()));
            String id = "RZ-" + i;
            consumers.append(id).append(',').append(name).append(',').append(s17).append(IdNumber.checkCharacter(s17))
                    .append(",PERSON\n");
            identifiers.append(id).append(",PHONE,1").append(3000000000L + random.nextInt(900000000)).append('\n');
        }
        Files.writeString(dir.resolve("consumers.csv"), consumers, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("identifiers.csv"), identifiers, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("policies.csv"), """
                id,insurer_id,holder_id,insured_id,line,start_date,end_date,premium,agent_id,intermediary_id,insurer_confirmed,status,cancelled_on,subject_ref
                RPO-1,RINS-A,RA-C1,,LIFE,2024-01-01,2025-01-01,1000,,,true,ACTIVE,,
                RPO-2,RINS-B,RB-C1,,HEALTH,2024-02-01,2025-02-01,800,,,true,ACTIVE,,
                """, StandardCharsets.UTF_8);
        return dir;
    }
}
