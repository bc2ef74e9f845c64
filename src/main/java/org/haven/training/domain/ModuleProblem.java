package org.haven.training.domain;

/** Why a module file was refused, and where: shown as {@code file:line: message} (lines count from 1). */
public record ModuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
