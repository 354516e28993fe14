package dev.tsunagu.server.sms;

import java.util.Optional;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/**
 * Reads an SMSC delivery receipt (a deliver_sm whose esm_class says so): the id of the message
 * it is about and what became of it. The id comes from the receipted_message_id TLV when the
 * SMSC sends one (SMPP 3.4 §5.3.2.12), else from the receipt text ({@code id:… stat:DELIVRD err:000}).
 * ENROUTE and ACCEPTD are not final and give no report.
 */
final class SmppReceipts {

    record Receipt(String messageId, Optional<DeliveryReport> report) {
    }

    private SmppReceipts() {
    }

    /** Empty for a deliver_sm that is not a receipt, or one that cannot be read. */
    static Optional<Receipt> read(DeliverSm deliverSm) {
        if (!deliverSm.isSmscDeliveryReceipt()) {
            return Optional.empty();
        }
        DeliveryReceipt receipt;
        try {
            receipt = deliverSm.getShortMessageAsDeliveryReceipt();
        } catch (InvalidDeliveryReceiptException | RuntimeException e) {
            return Optional.empty();
        }
        String id = receiptedId(deliverSm);
        if (id == null) {
            id = receipt.getId();
        }
        if (id == null || id.isBlank() || receipt.getFinalStatus() == null) {
            return Optional.empty();
        }
        return Optional.of(new Receipt(id.replace("\u0000", "").strip(), report(receipt.getFinalStatus(), receipt.getError())));
    }

    static Optional<DeliveryReport> report(DeliveryReceiptState state, String error) {
        return switch (state) {
            case DELIVRD -> Optional.of(DeliveryReport.DELIVERED);
            case ENROUTE, ACCEPTD -> Optional.empty();
            case UNDELIV, REJECTD, EXPIRED, DELETED, UNKNOWN ->
                    Optional.of(DeliveryReport.failed("SMSC receipt " + state + (error == null ? "" : " (err " + error + ")")));
        };
    }

    private static String receiptedId(DeliverSm deliverSm) {
        OptionalParameter tlv = deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
        return tlv instanceof OptionalParameter.COctetString text ? text.getValueAsString() : null;
    }
}
