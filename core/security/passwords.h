#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace fremdrift {

// Password hashes for staff users: Argon2id through libsodium, in the PHC string form that
// carries its own salt and parameters ("$argon2id$v=19$m=65536,t=2,p=1$..."). Passwords are
// compared as UTF-8 after Unicode NFC, so "ø" typed on any system is the same "ø".
class Passwords final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::Passwords)

public:
    static constexpr int MinimumLength = 8;   // characters, not bytes
    static constexpr int MaximumLength = 1024; // so that nobody makes the server hash megabytes

    // Ok, or InvalidInput saying what a password needs (field "password").
    static Status checkRule(const QString &password);

    // A new hash with a fresh salt; fails only when memory runs out (the message says so).
    static Result<QString> hash(const QString &password);

    // True when `password` matches `hash`; false for a wrong password or a hash that is not an
    // Argon2 string (an empty one included).
    static bool verify(const QString &hash, const QString &password);

    // True when `hash` was made with other parameters or another algorithm than hash() uses
    // now: after a successful login the password is hashed again.
    static bool needsRehash(const QString &hash);
};

} // namespace fremdrift
