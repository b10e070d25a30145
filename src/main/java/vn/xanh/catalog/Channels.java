package vn.xanh.catalog;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code jobs/kenh.yml} says about the materials for the people: the public page's address, the
 * targets people's own actions decide, how units and model types are said aloud.
 *
 * @param peopleTargets four to six, in the order the commune wants them shown and spoken
 * @param spokenNames each indicator's name as said on the loudspeaker, by code
 * @param spokenUnits how each indicator's unit is read on the loudspeaker ("ha" → "héc-ta")
 * @param privateModelTypes types named after a person: public materials give their place, not their name
 */
public record Channels(URI publicUrl, List<PeopleTarget> peopleTargets, Map<String, String> spokenNames,
        Map<String, String> spokenUnits, Set<String> privateModelTypes) {

    /** A target that households move with their own hands. */
    public record PeopleTarget(String code, String shortName, String action) {
    }

    public String spokenName(String code) {
        return spokenNames.get(code);
    }

    public String spokenUnit(String unit) {
        return spokenUnits.getOrDefault(unit, unit);
    }
}
