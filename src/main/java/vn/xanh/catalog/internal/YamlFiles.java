package vn.xanh.catalog.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import vn.xanh.catalog.CatalogException;

/** Reads one file of {@code jobs/} into a node tree, turning syntax errors into Vietnamese messages. */
public final class YamlFiles {

    private YamlFiles() {
    }

    public static YamlNode read(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new CatalogException(file, 0, "tệp rỗng");
            }
            return new YamlNode(file, root);
        }
        catch (NoSuchFileException e) {
            throw new CatalogException(file, 0, "không tìm thấy tệp");
        }
        catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            throw new CatalogException(file, line, "sai cú pháp YAML (" + e.getProblem()
                    + "). Kiểm tra thụt lề bằng dấu cách, dấu hai chấm sau mỗi khóa và dấu ngoặc kép.");
        }
        catch (IOException e) {
            throw new CatalogException(file, 0, "không đọc được tệp (" + e.getMessage() + ")");
        }
    }
}
