package io.credlink.datagen.internal;

import java.util.SplittableRandom;

/** Word lists for realistic Chinese (and some romanised) names, places and firms. */
final class Vocab {

    private Vocab() {
    }

    // Surname with its pinyin, roughly in order of frequency (the first ones are drawn more often).
    static final String[][] SURNAMES = {
        {"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"}, {"陈", "Chen"}, {"杨", "Yang"},
        {"黄", "Huang"}, {"赵", "Zhao"}, {"吴", "Wu"}, {"周", "Zhou"}, {"徐", "Xu"}, {"孙", "Sun"},
        {"马", "Ma"}, {"朱", "Zhu"}, {"胡", "Hu"}, {"郭", "Guo"}, {"何", "He"}, {"高", "Gao"},
        {"林", "Lin"}, {"罗", "Luo"}, {"郑", "Zheng"}, {"梁", "Liang"}, {"谢", "Xie"}, {"宋", "Song"},
        {"唐", "Tang"}, {"许", "Xu"}, {"韩", "Han"}, {"冯", "Feng"}, {"邓", "Deng"}, {"曹", "Cao"},
        {"彭", "Peng"}, {"曾", "Zeng"}, {"肖", "Xiao"}, {"田", "Tian"}, {"董", "Dong"}, {"袁", "Yuan"},
        {"潘", "Pan"}, {"于", "Yu"}, {"蒋", "Jiang"}, {"蔡", "Cai"}, {"余", "Yu"}, {"杜", "Du"},
        {"叶", "Ye"}, {"程", "Cheng"}, {"苏", "Su"}, {"魏", "Wei"}, {"吕", "Lyu"}, {"丁", "Ding"},
        {"欧阳", "Ouyang"}, {"司马", "Sima"}, {"上官", "Shangguan"}};

    static final String[][] GIVEN = {
        {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"丽", "li"},
        {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"},
        {"杰", "jie"}, {"娟", "juan"}, {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"秀", "xiu"},
        {"霞", "xia"}, {"平", "ping"}, {"刚", "gang"}, {"桂", "gui"}, {"英", "ying"}, {"华", "hua"},
        {"建", "jian"}, {"国", "guo"}, {"文", "wen"}, {"辉", "hui"}, {"玲", "ling"}, {"鹏", "peng"},
        {"宇", "yu"}, {"浩", "hao"}, {"晨", "chen"}, {"欣", "xin"}, {"婷", "ting"}, {"雪", "xue"},
        {"琳", "lin"}, {"子", "zi"}, {"梓", "zi"}, {"轩", "xuan"}, {"博", "bo"}, {"睿", "rui"},
        {"嘉", "jia"}, {"怡", "yi"}, {"佳", "jia"}, {"思", "si"}, {"晓", "xiao"}, {"海", "hai"},
        {"志", "zhi"}, {"红", "hong"}, {"春", "chun"}, {"永", "yong"}, {"俊", "jun"}, {"慧", "hui"}};

    /** Province abbreviation (for plates), province, cities with districts. */
    static final String[][] PLACES = {
        {"京", "北京市", "北京市", "朝阳区", "海淀区", "东城区", "丰台区"},
        {"沪", "上海市", "上海市", "浦东新区", "徐汇区", "静安区", "闵行区"},
        {"粤", "广东省", "深圳市", "南山区", "福田区", "宝安区", "龙岗区"},
        {"粤", "广东省", "广州市", "天河区", "越秀区", "海珠区", "番禺区"},
        {"浙", "浙江省", "杭州市", "西湖区", "滨江区", "上城区", "余杭区"},
        {"苏", "江苏省", "南京市", "鼓楼区", "玄武区", "建邺区", "江宁区"},
        {"苏", "江苏省", "苏州市", "姑苏区", "工业园区", "吴中区", "相城区"},
        {"川", "四川省", "成都市", "锦江区", "武侯区", "青羊区", "高新区"},
        {"鄂", "湖北省", "武汉市", "江汉区", "武昌区", "洪山区", "汉阳区"},
        {"鲁", "山东省", "青岛市", "市南区", "崂山区", "黄岛区", "李沧区"},
        {"豫", "河南省", "郑州市", "金水区", "中原区", "二七区", "郑东新区"},
        {"湘", "湖南省", "长沙市", "岳麓区", "芙蓉区", "天心区", "雨花区"},
        {"闽", "福建省", "厦门市", "思明区", "湖里区", "集美区", "海沧区"},
        {"陕", "陕西省", "西安市", "雁塔区", "碑林区", "未央区", "长安区"},
        {"渝", "重庆市", "重庆市", "渝中区", "江北区", "南岸区", "九龙坡区"},
        {"津", "天津市", "天津市", "和平区", "南开区", "河西区", "滨海新区"}};

    static final String[] PLACE_PINYIN = {"Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hangzhou",
        "Nanjing", "Suzhou", "Chengdu", "Wuhan", "Qingdao", "Zhengzhou", "Changsha", "Xiamen", "Xi'an",
        "Chongqing", "Tianjin"};

    static final String[] ROADS = {"建国路", "人民路", "中山路", "解放路", "长江路", "和平路", "新华路",
        "科技园路", "滨海大道", "学府路", "光明街", "文化路", "幸福路", "东风路", "南京路", "黄河路",
        "世纪大道", "金融街", "青年路", "胜利路"};

    /** Trade names for firms: Chinese, pinyin. Fictitious. */
    static final String[][] BRANDS = {
        {"鼎信", "Dingxin"}, {"安澜", "Anlan"}, {"恒泰", "Hengtai"}, {"瑞祥", "Ruixiang"}, {"嘉禾", "Jiahe"},
        {"金盾", "Jindun"}, {"中和", "Zhonghe"}, {"华信", "Huaxin"}, {"永安", "Yong'an"}, {"众诚", "Zhongcheng"},
        {"泰康宁", "Taikangning"}, {"合众安", "Hezhong'an"}, {"长盛", "Changsheng"}, {"天安盈", "Tian'anying"},
        {"汇丰源", "Huifengyuan"}, {"博远", "Boyuan"}, {"德润", "Derun"}, {"福瑞", "Furui"}, {"光大通", "Guangdatong"},
        {"宏达", "Hongda"}, {"锦程", "Jincheng"}, {"聚鑫", "Juxin"}, {"凯盛", "Kaisheng"}, {"隆昌", "Longchang"},
        {"茂源", "Maoyuan"}, {"宁泰", "Ningtai"}, {"鹏程", "Pengcheng"}, {"启航", "Qihang"}, {"荣盛", "Rongsheng"},
        {"盛世", "Shengshi"}, {"天成", "Tiancheng"}, {"万通", "Wantong"}, {"鑫源", "Xinyuan"}, {"亚泰", "Yatai"},
        {"远航", "Yuanhang"}, {"兆丰", "Zhaofeng"}, {"正元", "Zhengyuan"}, {"智诚", "Zhicheng"}, {"中润", "Zhongrun"},
        {"百川", "Baichuan"}, {"诚信达", "Chengxinda"}, {"东方汇", "Dongfanghui"}, {"国瑞", "Guorui"},
        {"海纳", "Haina"}, {"华泰安", "Huatai'an"}, {"金桥", "Jinqiao"}, {"君安", "Jun'an"}, {"立信", "Lixin"}};

    static final String[] TRADES = {"贸易", "科技", "物流", "建设工程", "餐饮管理", "电子", "机械制造",
        "房地产开发", "运输", "食品", "服装", "医疗器械", "网络科技", "文化传媒", "汽车销售"};
    static final String[] TRADES_EN = {"Trading", "Technology", "Logistics", "Construction", "Catering",
        "Electronics", "Machinery", "Real Estate", "Transport", "Foods", "Apparel", "Medical Devices",
        "Network Technology", "Media", "Auto Sales"};

    static String[] place(SplittableRandom r) {
        return PLACES[r.nextInt(PLACES.length)];
    }

    static int placeIndex(SplittableRandom r) {
        return r.nextInt(PLACES.length);
    }

    /** Skewed pick: earlier entries are more frequent. */
    static int skewed(SplittableRandom r, int n) {
        double u = r.nextDouble();
        return (int) (n * u * u);
    }

    static String[] personName(SplittableRandom r) {
        return personName(r, SURNAMES[skewed(r, SURNAMES.length)]);
    }

    /** [Chinese name, romanised "Surname, Given", e-mail local part]. */
    static String[] personName(SplittableRandom r, String[] s) {
        String[] g1 = GIVEN[r.nextInt(GIVEN.length)];
        StringBuilder zh = new StringBuilder(s[0]).append(g1[0]);
        StringBuilder py = new StringBuilder(g1[1]);
        if (r.nextInt(100) < 65) {
            String[] g2 = GIVEN[r.nextInt(GIVEN.length)];
            zh.append(g2[0]);
            py.append(g2[1]);
        }
        String given = Character.toUpperCase(py.charAt(0)) + py.substring(1);
        return new String[] {zh.toString(), s[1] + ", " + given, s[1].toLowerCase() + "." + py};
    }

    /** Chinese name, or now and then its romanised form (which contains a comma). */
    static String displayName(SplittableRandom r, String[] name) {
        return r.nextInt(100) < 6 ? name[1] : name[0];
    }

    static String companyName(SplittableRandom r, int placeIdx) {
        String[] p = PLACES[placeIdx];
        int brand = r.nextInt(BRANDS.length);
        String[] b = BRANDS[brand];
        int t = r.nextInt(TRADES.length);
        if (r.nextInt(100) < 8) {
            return PLACE_PINYIN[placeIdx] + " " + b[1] + " " + TRADES_EN[t] + " Co., Ltd.";
        }
        String suffix = r.nextInt(100) < 80 ? "有限公司" : "股份有限公司";
        // a fifth register the place in full-width brackets after the trade (腾讯科技（深圳）有限公司 style);
        // chosen from the draws already made, so the rest of the dataset does not move
        return (brand + t) % 5 == 0 ? b[0] + TRADES[t] + "\uFF08" + cityShort(p) + "\uFF09" + suffix
            : p[2] + b[0] + TRADES[t] + suffix;
    }

    /** The city without its 市: 深圳市 gives 深圳. */
    static String cityShort(String[] place) {
        return place[2].endsWith("市") ? place[2].substring(0, place[2].length() - 1) : place[2];
    }
}
