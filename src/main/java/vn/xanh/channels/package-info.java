/**
 * Channels: the month's figures turned into what people hear and see: the loudspeaker bulletin, the
 * pictures for Zalo and Facebook, the public progress page with its QR code and the poster. Reads the
 * indicator results the digest reads and the green models; never changes them, sends nothing.
 */
package vn.xanh.channels;
