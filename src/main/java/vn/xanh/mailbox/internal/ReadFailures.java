package vn.xanh.mailbox.internal;

import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Locale;

import jakarta.mail.FolderClosedException;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.ParseException;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import vn.xanh.facts.MailFailureRepository;

/**
 * Why reading a message failed, in the words the record keeps; and which failures are the machine's own (the
 * database, a full disk), which end the run instead of setting one message aside.
 */
public final class ReadFailures {

    private ReadFailures() {
    }

    /** DECODING, CONNECTION, STRUCTURE or OTHER. */
    public static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FolderClosedException || t instanceof StoreClosedException
                    || t instanceof MessageRemovedException || t instanceof SocketException
                    || t instanceof SocketTimeoutException
                    || t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("not Open")
                    || t.getClass().getSimpleName().equals("ConnectionException")) {
                return MailFailureRepository.CONNECTION;
            }
            if (t.getClass().getSimpleName().equals("DecodingException")) {
                return MailFailureRepository.DECODING;
            }
        }
        String text = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        if (failure instanceof ParseException || failure instanceof RuntimeException || text.contains("boundary")
                || text.contains("multipart") || text.contains("mime")) {
            return MailFailureRepository.STRUCTURE;
        }
        return MailFailureRepository.OTHER;
    }

    /** The database or a full disk: no message is to blame, and the run ends as it would anywhere else. */
    public static boolean isMachineFault(Throwable failure) {
        if (failure instanceof DataAccessException || failure instanceof TransactionException) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }
}
