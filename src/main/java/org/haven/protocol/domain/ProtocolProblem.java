package org.haven.protocol.domain;

/** What is wrong in a protocol file, where: shown as "file:line: message". */
public record ProtocolProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
