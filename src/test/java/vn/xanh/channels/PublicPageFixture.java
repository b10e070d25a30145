package vn.xanh.channels;

import java.io.IOException;
import java.nio.file.Path;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.xanh.channels.internal.PublicPage;

/** The public page of the known month, written by the same templates the job uses. */
final class PublicPageFixture {

    private PublicPageFixture() {
    }

    static Path write(Path dir) throws IOException {
        new PublicPage(engine()).write(dir, KnownMonth.figures(), null);
        return dir;
    }

    /** The HTML templates of {@code templates/}, read as the job reads them. */
    static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
