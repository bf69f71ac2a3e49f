package io.plutuscalibrate.calibrate;

/**
 * Input the user gave that the program cannot use: an unreadable file, a program that does not
 * parse, a malformed cost model, an option value out of shape. The message is shown as it is, on
 * one line, and the command exits with status 2.
 */
final class UserInputException extends Exception {
  private static final long serialVersionUID = 1L;

  UserInputException(String message) {
    super(message, null, false, false);
  }
}
