package dev.alphabench.data;

/** The 26 letters, their integer codes and the tutorial's normalisation (code / 26). */
public final class Alphabet {
    public static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public static final int SIZE = LETTERS.length();

    private Alphabet() {
    }

    public static int code(char letter) {
        int code = LETTERS.indexOf(letter);
        if (code < 0) {
            throw new IllegalArgumentException("not an upper-case letter: '" + letter + "'");
        }
        return code;
    }

    public static char letter(int code) {
        return LETTERS.charAt(code);
    }

    public static float normalise(int code) {
        return code / (float) SIZE;
    }

    public static String word(int[] codes) {
        StringBuilder sb = new StringBuilder(codes.length);
        for (int c : codes) {
            sb.append(letter(c));
        }
        return sb.toString();
    }
}
