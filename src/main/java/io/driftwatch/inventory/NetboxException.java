package io.driftwatch.inventory;

/**
 * NetBox could not give a usable device list: unreachable, slow, refusing the token, answering an error or something
 * that is not its device list, or listing a device the inventory rules refuse. The message never holds the token.
 */
public class NetboxException extends Exception {

    public NetboxException(String message) {
        super(message);
    }

    public NetboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
