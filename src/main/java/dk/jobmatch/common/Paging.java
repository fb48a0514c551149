package dk.jobmatch.common;

/** A requested page, with the contract's defaults and cap applied. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : Math.max(0, page);
        int s = size == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, size));
        return new Paging(p, s);
    }

    public int offset() {
        return page * size;
    }
}
