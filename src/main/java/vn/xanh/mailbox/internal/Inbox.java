package vn.xanh.mailbox.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailbox's folder, open for reading and writing, its messages known by UID so that the connection can be
 * opened again after a message made the server drop it, and reading goes on with the next one. A message set
 * aside is flagged with {@link #SET_ASIDE} (never fetched again) and moved to the quarantine folder where the
 * server allows.
 */
public final class Inbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    /** The keyword of a message set aside: the search for unread messages leaves it out. */
    public static final String SET_ASIDE = "$XanhLoi";

    /** Where to connect. */
    public record Address(String protocol, String host, int port, String username, String password, String folder) {
    }

    private final Session session;
    private final Address address;
    private Store store;
    private Folder folder;

    private Inbox(Session session, Address address) {
        this.session = session;
        this.address = address;
    }

    public static Inbox open(Session session, Address address) throws MessagingException {
        Inbox inbox = new Inbox(session, address);
        inbox.connect();
        return inbox;
    }

    private void connect() throws MessagingException {
        store = session.getStore(address.protocol());
        store.connect(address.host(), address.port(), address.username(), address.password());
        folder = store.getFolder(address.folder());
        folder.open(Folder.READ_WRITE);
    }

    /** Opens the connection again when the last message closed it (the server dropped it, or a time-out). */
    public void reopenIfClosed() throws MessagingException {
        if (store != null && store.isConnected() && folder != null && folder.isOpen()) {
            return;
        }
        log.info("The mailbox connection was closed; opening it again");
        close();
        connect();
    }

    public Folder folder() {
        return folder;
    }

    /** The UIDs of the unread messages not set aside, oldest first. */
    public List<Long> readable() throws MessagingException {
        Message[] unread = folder.search(new AndTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), false),
                new FlagTerm(new Flags(SET_ASIDE), false)));
        FetchProfile uids = new FetchProfile();
        uids.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(unread, uids);
        List<Long> found = new ArrayList<>();
        for (Message message : unread) {
            found.add(((UIDFolder) folder).getUID(message));
        }
        return found;
    }

    /** The message with this UID, or null when it was removed meanwhile. */
    public MimeMessage message(long uid) throws MessagingException {
        return (MimeMessage) ((UIDFolder) folder).getMessageByUID(uid);
    }

    /** The message's place on the server: folder, UIDVALIDITY and UID, which every message has, readable or not. */
    public String place(long uid) throws MessagingException {
        return "uid:" + folder.getFullName() + ":" + ((UIDFolder) folder).getUIDValidity() + ":" + uid;
    }

    /**
     * Flags the message {@link #SET_ASIDE} and moves it to the quarantine folder (made when missing) where the
     * server allows; returns that folder's name, or null when the message was only flagged.
     */
    public String setAside(long uid, String quarantine) throws MessagingException {
        reopenIfClosed();
        Message message = message(uid);
        if (message == null) {
            return null;
        }
        message.setFlags(new Flags(SET_ASIDE), true);
        if (quarantine == null || quarantine.isBlank()) {
            return null;
        }
        try {
            Folder target = store.getFolder(quarantine);
            if (!target.exists() && !target.create(Folder.HOLDS_MESSAGES)) {
                return null;
            }
            move(message, target);
            return target.getFullName();
        }
        catch (MessagingException notAllowed) {
            // A server without MOVE, or one that refuses the folder: the keyword alone keeps it from being fetched.
            log.info("Message {} flagged {} but not moved to {}: {}", uid, SET_ASIDE, quarantine,
                    vn.xanh.system.ForeignText.forLog(notAllowed.getMessage()));
            reopenIfClosed();
            return null;
        }
    }

    /** IMAP's MOVE (RFC 6851), which the IMAP folder offers beyond the Folder API; a server without it refuses. */
    private void move(Message message, Folder target) throws MessagingException {
        try {
            folder.getClass().getMethod("moveMessages", Message[].class, Folder.class).invoke(folder,
                    new Message[] {message}, target);
        }
        catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof MessagingException m ? m : new MessagingException("MOVE failed", e);
        }
        catch (ReflectiveOperationException e) {
            throw new MessagingException("This mail store cannot move messages", e);
        }
    }

    /** What is known of the message being read, for the record of its failure. */
    public static final class Reading {

        public final long uid;
        public String place;
        public String sender;
        public String subject;

        public Reading(long uid) {
            this.uid = uid;
        }
    }

    /** A session for the protocol: time-outs so a server that stops answering cannot hold the run. */
    public static Session session(String protocol) {
        java.util.Properties properties = new java.util.Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "30000");
        properties.put("mail." + protocol + ".timeout", "120000");
        properties.put("mail." + protocol + ".writetimeout", "60000");
        // Reading a message must not mark it read: only saving its files does.
        properties.put("mail." + protocol + ".peek", "true");
        properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        return Session.getInstance(properties);
    }

    /** Closes the folder (nothing expunged) and the connection, quietly: it may be gone already. */
    @Override
    public void close() {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        }
        catch (MessagingException | RuntimeException e) {
            log.debug("Closing the mailbox folder: {}", e.toString());
        }
        try {
            if (store != null) {
                store.close();
            }
        }
        catch (MessagingException | RuntimeException e) {
            log.debug("Closing the mailbox connection: {}", e.toString());
        }
        folder = null;
        store = null;
    }
}
