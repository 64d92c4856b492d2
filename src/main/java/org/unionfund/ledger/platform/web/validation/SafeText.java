package org.unionfund.ledger.platform.web.validation;

import java.lang.Character.UnicodeScript;

/**
 * Text a person may type, and nothing that hides what it says: no C0 control but tab and line breaks, no DEL or
 * C1 control, no bidirectional control (U+202E turns "fdp.exe" around), and no word that mixes Latin letters or
 * digits with Cyrillic or Greek look-alikes ({@code З30000} with a Cyrillic Ze is not the code 330000).
 */
public final class SafeText {

    private SafeText() {
    }

    /** What is wrong with the text, or {@code null} when it is safe. */
    public static String problem(String text) {
        boolean latinInWord = false;
        boolean lookAlikeInWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp >= 0x7F && cp <= 0x9F) {
                return "contains the control character " + code(cp);
            }
            if (cp == 0x061C || cp == 0x200E || cp == 0x200F || cp >= 0x202A && cp <= 0x202E
                    || cp >= 0x2066 && cp <= 0x2069) {
                return "contains the bidirectional control " + code(cp);
            }
            if (Character.isLetterOrDigit(cp)) {
                latinInWord |= cp < 0x80;
                UnicodeScript script = UnicodeScript.of(cp);
                lookAlikeInWord |= script == UnicodeScript.CYRILLIC || script == UnicodeScript.GREEK;
                if (latinInWord && lookAlikeInWord) {
                    return "mixes Latin letters or digits with Cyrillic or Greek look-alikes in one word";
                }
            } else {
                latinInWord = false;
                lookAlikeInWord = false;
            }
        }
        return null;
    }

    private static String code(int cp) {
        return String.format("U+%04X", cp);
    }
}
