package a

import "net/smtp"
