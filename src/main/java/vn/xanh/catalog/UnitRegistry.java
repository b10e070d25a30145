package vn.xanh.catalog;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The commune's reporting units, found by code or by a name as people type it. */
public final class UnitRegistry {

    private final List<Unit> units;
    /** Each kind's units by every folded name and alias, the first listed unit where two share one. */
    private final Map<UnitKind, Map<String, Unit>> byFoldedName = new EnumMap<>(UnitKind.class);

    public UnitRegistry(List<Unit> units) {
        this.units = List.copyOf(units);
        for (Unit unit : this.units) {
            Map<String, Unit> named = byFoldedName.computeIfAbsent(unit.kind(), kind -> new HashMap<>());
            named.putIfAbsent(Names.foldName(unit.name()), unit);
            for (String alias : unit.aliases()) {
                named.putIfAbsent(Names.foldName(alias), unit);
            }
        }
    }

    public List<Unit> units() {
        return units;
    }

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

    /**
     * The unit of this kind whose name or alias matches, ignoring diacritics, case and spacing: the first listed
     * where several do. Every report's unit is looked up here, so the names are folded once, not once a report.
     */
    public Optional<Unit> find(UnitKind kind, String typedName) {
        Map<String, Unit> named = byFoldedName.getOrDefault(kind, Map.of());
        Unit plain = named.get(Names.foldName(typedName));
        // "Thôn: Đông" names the village as "Đông": try the name with its kind's word in front too.
        Unit withKind = named.get(Names.foldName(kind.label() + " " + typedName));
        if (plain == null || withKind == null) {
            return Optional.ofNullable(plain != null ? plain : withKind);
        }
        return Optional.of(units.indexOf(plain) <= units.indexOf(withKind) ? plain : withKind);
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

    /**
     * Whether mail from this address may bring the report of this unit: the unit's own address (or its market
     * board's, for a market), or an address of a unit allowed to send for all.
     */
    public boolean maySubmitFor(String email, String unitCode) {
        if (email == null || unitCode == null) {
            return false;
        }
        String address = email.toLowerCase(java.util.Locale.ROOT);
        Optional<Unit> unit = byCode(unitCode);
        boolean own = unit.isPresent() && (unit.get().emails().contains(address) || unit.get().parentCode() != null
                && byCode(unit.get().parentCode()).map(parent -> parent.emails().contains(address)).orElse(false));
        return own || units.stream().anyMatch(u -> u.submitsForAll() && u.emails().contains(address));
    }

    public List<Unit> marketsOf(String boardCode) {
        return units.stream().filter(unit -> boardCode.equals(unit.parentCode())).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitRegistry registry && units.equals(registry.units);
    }

    @Override
    public int hashCode() {
        return units.hashCode();
    }

    @Override
    public String toString() {
        return "UnitRegistry[units=" + units + "]";
    }
}
