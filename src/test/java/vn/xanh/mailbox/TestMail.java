package vn.xanh.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.xanh.TestFolders;
import vn.xanh.TestPorts;

/** Mail as submitters send it (a few lines of text, files attached), and GreenMail serving IMAP and SMTP. */
final class TestMail {

    static final String MAILBOX = "chuyendoixanh@tanky.haiphong.gov.vn";
    static final String LOGIN = "chuyendoixanh";
    static final String PASSWORD = "mat-khau-ung-dung";

    private TestMail() {
    }

    /** IMAP and SMTP on free ports, with the commune's mailbox. */
    static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(TestPorts.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(TestPorts.free(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        mail.setUser(MAILBOX, LOGIN, PASSWORD);
        return mail;
    }

    /**
     * A test context's folders and mailbox: {@code input/} and {@code output/} under a new temporary folder, and
     * the settings that point xanh at the server. Returns that folder.
     */
    static Path folders(DynamicPropertyRegistry registry, GreenMail mail, String prefix) throws IOException {
        Path root = TestFolders.inputAndOutput(registry, prefix);
        properties(mail).forEach((key, value) -> registry.add(key, () -> value));
        return root;
    }

    static Map<String, String> properties(GreenMail mail) {
        return Map.of("xanh.mailbox.host", "127.0.0.1", "xanh.mailbox.port",
                Integer.toString(mail.getImap().getPort()), "xanh.mailbox.protocol", "imap", "xanh.mailbox.username",
                LOGIN, "xanh.mailbox.password", PASSWORD, "spring.mail.host", "127.0.0.1", "spring.mail.port",
                Integer.toString(mail.getSmtp().getPort()));
    }

    /** A message from {@code from} to the commune, with the files attached under their own names. */
    static MimeMessage message(String messageId, String from, String subject, Path... files)
            throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject(subject, "UTF-8");
        Multipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính gửi xã, thôn gửi báo cáo tháng.", "UTF-8");
        multipart.addBodyPart(text);
        for (Path file : files) {
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(Files.readAllBytes(file),
                    "application/octet-stream")));
            attachment.setFileName(file.getFileName().toString());
            attachment.setDisposition(Part.ATTACHMENT);
            multipart.addBodyPart(attachment);
        }
        message.setContent(multipart);
        message.saveChanges();
        return message;
    }

    /** A zip of the files, each under the entry name given (which may try to climb out of the folder). */
    static Path zip(Path zip, Map<String, Path> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, Path> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(Files.readAllBytes(entry.getValue()));
                out.closeEntry();
            }
        }
        Files.write(zip, bytes.toByteArray());
        return zip;
    }

    /** The messages GreenMail received for this address. */
    static List<MimeMessage> to(GreenMail mail, String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            String to = message.getHeader("To", ",");
            if (to != null && to.toLowerCase().contains(address.toLowerCase())) {
                found.add(message);
            }
        }
        return found;
    }

    /** The plain text of a message. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    /** The names of a message's attachments. */
    static List<String> attachments(Part part) throws MessagingException, IOException {
        List<String> names = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                names.addAll(attachments(body));
            }
        }
        else if (part.getFileName() != null) {
            names.add(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()));
        }
        return names;
    }
}
