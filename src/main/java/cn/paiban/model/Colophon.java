package cn.paiban.model;

/**
 * The 版权页 fields as the office prints them. Free text: the office writes e.g. the permit as
 * 山西省内部资料准印证第 K163 号 and the phone as (0349)2022519.
 */
public record Colophon(
        String supervisor,   // 主管
        String sponsor,      // 主办
        String editor,       // 编辑
        String audience,     // 发送对象
        String address,      // 地址
        String postcode,     // 邮编
        String phone,        // 电话
        String website,      // 网址
        String email,        // Email
        String printer,      // 印刷
        String printRun,     // 印数
        String permit,       // 准印证号
        String distribution  // 内部资料 免费交流
) {}
