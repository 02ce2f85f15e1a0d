package cn.paiban.io.word;

/** Word's number formats (w:numFmt) written out as a reader sees them: 一, ①, 1, a, iv … */
final class NumberFormats {
    private NumberFormats() {}

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String TIANGAN = "甲乙丙丁戊己庚辛壬癸";
    private static final String DIZHI = "子丑寅卯辰巳午未申酉戌亥";

    static String format(int n, String fmt) {
        if (fmt == null) fmt = "decimal";
        return switch (fmt) {
            case "none", "bullet" -> "";
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
                 "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting" -> chinese(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(TIANGAN.charAt(n - 1)) : String.valueOf(n);
            case "ideographZodiac" -> n >= 1 && n <= 12 ? String.valueOf(DIZHI.charAt(n - 1)) : String.valueOf(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" -> circled(n);
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            default -> String.valueOf(n); // decimal, decimalFullWidth (normalised to half width anyway), …
        };
    }

    /** ① … ㊿, then (51). */
    static String circled(int n) {
        if (n >= 1 && n <= 20) return String.valueOf((char) (0x2460 + n - 1));
        if (n >= 21 && n <= 35) return String.valueOf((char) (0x3251 + n - 21));
        if (n >= 36 && n <= 50) return String.valueOf((char) (0x32B1 + n - 36));
        return "(" + n + ")";
    }

    /** 一 … 十, 十一, 二十, 一百零一: the way a Chinese heading counts. */
    static String chinese(int n) {
        if (n <= 0) return String.valueOf(n);
        if (n < 10) return String.valueOf(DIGITS.charAt(n));
        if (n < 100) {
            int t = n / 10, u = n % 10;
            return (t == 1 ? "" : String.valueOf(DIGITS.charAt(t))) + "十" + (u == 0 ? "" : String.valueOf(DIGITS.charAt(u)));
        }
        if (n < 1000) {
            int h = n / 100, rest = n % 100;
            String r = rest == 0 ? "" : rest < 10 ? "零" + DIGITS.charAt(rest) : (rest < 20 ? "一" : "") + chinese(rest);
            return DIGITS.charAt(h) + "百" + r;
        }
        return String.valueOf(n);
    }

    private static String letters(int n, char a) {
        if (n <= 0) return String.valueOf(n);
        StringBuilder sb = new StringBuilder();
        int k = (n - 1) / 26 + 1;
        char c = (char) (a + (n - 1) % 26);
        sb.append(String.valueOf(c).repeat(k));
        return sb.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return String.valueOf(n);
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) while (n >= v[i]) { sb.append(s[i]); n -= v[i]; }
        return sb.toString();
    }
}
