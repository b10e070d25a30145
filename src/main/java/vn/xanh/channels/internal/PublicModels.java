package vn.xanh.channels.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Names;
import vn.xanh.catalog.Unit;
import vn.xanh.catalog.UnitKind;
import vn.xanh.facts.GreenModel;

/**
 * A green model as the public page, the pictures and the loudspeaker may name it. The place is always a
 * village as {@code units.yml} spells it (or the commune), never the free text of the workbook, which for a
 * family is its address ("Hộ ông Trần Văn Hùng, xóm 3"); a model of a type that names a person
 * ({@code private_model_types} in {@code kenh.yml}) shows no name, and neither does any model whose name
 * reads like a person's ("Ông …", "Bà …", "Hộ …", "Gia đình …").
 */
final class PublicModels {

    /** The model's type name, its own name (null when not to be published) and its village. */
    record Named(String type, String name, String village) {
    }

    private static final Pattern PERSON = Pattern.compile("^(ông|bà|hộ|gia đình)\\s+\\S.*");

    private PublicModels() {
    }

    static Named of(Figures figures, GreenModel model) {
        Catalog catalog = figures.catalog();
        boolean personal = figures.channels().privateModelTypes().contains(model.type()) || readsLikePerson(model.name());
        return new Named(catalog.modelTypeName(model.type()), personal ? null : model.name(), village(figures, model));
    }

    static boolean readsLikePerson(String name) {
        return name != null && PERSON.matcher(Names.nfc(name).strip().toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * The village the place names ("…, thôn Nam"), else the reporting unit's own (a village, or a party cell
     * named after one), else the commune: all three from the catalogue.
     */
    static String village(Figures figures, GreenModel model) {
        Unit named = namedIn(figures.catalog(), model.place());
        if (named == null) {
            named = figures.catalog().units().byCode(model.unitCode())
                    .map(unit -> unit.kind() == UnitKind.VILLAGE ? unit : namedIn(figures.catalog(), unit.name()))
                    .orElse(null);
        }
        return named == null ? figures.communeInText() : named.name();
    }

    /** The village whose name or alias the text holds as whole words, the longest where several do. */
    private static Unit namedIn(Catalog catalog, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = " " + Names.foldName(text.replaceAll("[\\p{Punct}–]", " ")) + " ";
        Unit found = null;
        int longest = 0;
        for (Unit village : catalog.units().ofKind(UnitKind.VILLAGE)) {
            for (String name : names(village)) {
                String words = Names.foldName(name);
                if (words.length() > longest && folded.contains(" " + words + " ")) {
                    found = village;
                    longest = words.length();
                }
            }
        }
        return found;
    }

    private static java.util.List<String> names(Unit village) {
        java.util.List<String> names = new java.util.ArrayList<>(village.aliases());
        names.add(village.name());
        return names;
    }
}
