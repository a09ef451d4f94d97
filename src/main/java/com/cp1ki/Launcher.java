package com.cp1ki;

public final class Launcher {
    public static void main(String[] args) {
        System.out.println("cp1ki");
    }
}
