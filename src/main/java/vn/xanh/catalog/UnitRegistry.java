package vn.xanh.catalog;

import java.util.List;
import java.util.Optional;

/** The commune's reporting units, found by code or by a name as people type it. */
public record UnitRegistry(List<Unit> units) {

    public List<Unit> ofKind(UnitKind kind) {
        return units.stream().filter(unit -> unit.kind() == kind).toList();
    }

    public Optional<Unit> byCode(String code) {
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    /** The unit's name as the registry spells it, or the code itself for a unit no longer listed. */
    public String nameOf(String code) {
        return byCode(code).map(Unit::name).orElse(code);
    }

    /** The unit of this kind whose name or alias matches, ignoring diacritics, case and spacing. */
    public Optional<Unit> find(UnitKind kind, String typedName) {
        // "Thôn: Đông" names the village as "Đông": try the name with its kind's word in front too.
        List<String> wanted = List.of(Names.foldName(typedName), Names.foldName(kind.label() + " " + typedName));
        return ofKind(kind).stream()
                .filter(unit -> wanted.contains(Names.foldName(unit.name()))
                        || unit.aliases().stream().anyMatch(alias -> wanted.contains(Names.foldName(alias))))
                .findFirst();
    }

    /** The unit of any of these kinds whose name or alias matches (a template several kinds send). */
    public Optional<Unit> find(List<UnitKind> kinds, String typedName) {
        return kinds.stream().map(kind -> find(kind, typedName)).flatMap(Optional::stream).findFirst();
    }

    public List<Unit> ofKinds(List<UnitKind> kinds) {
        return units.stream().filter(unit -> kinds.contains(unit.kind())).toList();
    }

    /** The unit one of whose addresses this is, ignoring case. */
    public Optional<Unit> bySender(String email) {
        return email == null ? Optional.empty() : units.stream()
                .filter(unit -> unit.emails().contains(email.toLowerCase(java.util.Locale.ROOT))).findFirst();
    }

    public List<Unit> marketsOf(String boardCode) {
        return units.stream().filter(unit -> boardCode.equals(unit.parentCode())).toList();
    }
}
