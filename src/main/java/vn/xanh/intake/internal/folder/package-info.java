/**
 * The folder room: takes the drop folder's paths, and gives out the files ready to take, their SHA-256, the next
 * files read ahead on every core, and each file moved to its final folder without overwriting anything. Beside a
 * refused file it writes the rejection report ({@code .loi.txt}) and, through the writer room, the marked-up copy.
 */
package vn.xanh.intake.internal.folder;
