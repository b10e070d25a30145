package vn.xanh.intake.internal.form;

import java.util.List;
import java.util.Optional;

import vn.xanh.catalog.Names;

/**
 * Recognises a form of activity or a model type as people write it: the code ({@code LOA}), the name
 * or its beginning, or one of its words ("Phát thanh loa" holds "loa"); the first in the plan's order wins.
 */
final class ActivityForms {

    /** A thing to recognise: its code, name and the words that point to it. */
    record Choice(String code, String name, List<String> words) {
    }

    private ActivityForms() {
    }

    static Optional<String> recognise(String typed, List<Choice> choices) {
        String text = Names.fold(typed).replaceAll("[\"“”„‘’'.,;:()]", " ").replaceAll("\\s+", " ").trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (Choice choice : choices) {
            String name = Names.fold(choice.name());
            if (text.equals(Names.fold(choice.code()).replace('_', ' ')) || text.equals(Names.fold(choice.code()))
                    || text.startsWith(name) || text.length() >= 6 && name.startsWith(text)) {
                return Optional.of(choice.code());
            }
        }
        String padded = " " + text + " ";
        for (Choice choice : choices) {
            if (padded.contains(" " + Names.fold(choice.name()) + " ")
                    || choice.words().stream().anyMatch(word -> padded.contains(" " + Names.fold(word) + " "))) {
                return Optional.of(choice.code());
            }
        }
        return Optional.empty();
    }
}
