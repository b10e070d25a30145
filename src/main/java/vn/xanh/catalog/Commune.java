package vn.xanh.catalog;

public record Commune(String name, String province) {

    /** "xã Tân Kỳ": the name inside a sentence, where the administrative word is not capitalised. */
    public String inText() {
        return name.startsWith("Xã ") ? "xã " + name.substring(3) : name;
    }
}
