#pragma once

#include "core/echo.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// What every fuzz target asserts about an error: one line, no control character (issue 11: a file
// must not be able to forge log lines or drive a terminal), and a position when it comes from a
// file.
namespace FuzzCheck {

[[noreturn]] inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz check failed: %s: %s\n", what,
                 Stackdraft::Core::Echo::escaped(detail).toUtf8().constData());
    std::abort();
}

inline void error(const Stackdraft::Core::Error &error)
{
    const QString text = error.toString();
    if (Stackdraft::Core::Echo::needsEscaping(text))
        fail("raw control character in an error", text);
    if (error.message.isEmpty())
        fail("an error without a message", text);
}

} // namespace FuzzCheck
