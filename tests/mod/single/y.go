package main

var y = "y"
