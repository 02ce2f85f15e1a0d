package cn.paiban.io.plaintext;

/**
 * Normalises text the way a Chinese copy editor would: ASCII ，：；？！（） become full-width where they sit in
 * Chinese text; spaces that the dump put between Han and Latin/digits or next to Chinese punctuation go (the
 * layout adds its own ¼-em Han–Latin space); ASCII stays in URLs, e-mails, numbers like 0349-2022519 and Latin
 * runs. A space between two Han characters is kept: in titles it is deliberate; callers decide for names.
 */
public final class TextNormaliser {
    private TextNormaliser() {}

    public static String normalise(String in) {
        String s = in.replace('\u3000', ' ').replace('\t', ' ').replaceAll(" {2,}", " ").strip();
        s = dropSpaces(s);
        s = widenPunctuation(s);
        s = widenBrackets(s);
        return dropSpaces(s);
    }

    private static String dropSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < s.length()) {
                int before = s.codePointBefore(i);
                int after = s.codePointAt(i + 1);
                boolean hanHan = Chars.isHan(before) && Chars.isHan(after);
                boolean chineseSide = Chars.isChinese(before) || Chars.isChinese(after);
                if (chineseSide && !hanHan) continue;
                // "政府 + 链主企业": spaces around an operator inside Chinese text
                if ((before == '+' || after == '+') && (neighbourChinese(s, i - 1) || neighbourChinese(s, i + 1))) continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean neighbourChinese(String s, int opIndex) {
        if (opIndex < 0 || opIndex >= s.length() || s.charAt(opIndex) != '+') return false;
        int j = opIndex - 1;
        while (j >= 0 && s.charAt(j) == ' ') j--;
        int k = opIndex + 1;
        while (k < s.length() && s.charAt(k) == ' ') k++;
        return j >= 0 && Chars.isChinese(s.codePointAt(j)) || k < s.length() && Chars.isChinese(s.codePointAt(k));
    }

    private static String widenPunctuation(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            int wide = switch (c) {
                case ',' -> '，';
                case ':' -> '：';
                case ';' -> '；';
                case '?' -> '？';
                case '!' -> '！';
                default -> -1;
            };
            if (wide < 0) continue;
            int before = i > 0 ? sb.codePointBefore(i) : -1;
            int after = i + 1 < sb.length() ? sb.codePointAt(i + 1) : -1;
            boolean digits = before >= 0 && after >= 0 && Character.isDigit(before) && Character.isDigit(after);
            if (digits) continue; // 1,000 and 12:30 stay ASCII
            if (before >= 0 && Chars.isChinese(before) || after >= 0 && Chars.isChinese(after)) sb.setCharAt(i, (char) wide);
        }
        return sb.toString();
    }

    /** ( ) pairs become （ ） when what they hold or what stands around them is Chinese. */
    private static String widenBrackets(String s) {
        StringBuilder sb = new StringBuilder(s);
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == '(') open.push(i);
            else if (c == ')' && !open.isEmpty()) {
                int o = open.pop();
                String inside = sb.substring(o + 1, i);
                boolean chinese = inside.codePoints().anyMatch(Chars::isChinese)
                        || o > 0 && Chars.isChinese(sb.codePointBefore(o))
                        || i + 1 < sb.length() && Chars.isChinese(sb.codePointAt(i + 1));
                if (chinese) {
                    sb.setCharAt(o, '（');
                    sb.setCharAt(i, '）');
                }
            }
        }
        return sb.toString();
    }
}
