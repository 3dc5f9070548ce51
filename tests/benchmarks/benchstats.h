#pragma once

// What every benchmark reports: wall times of repeated runs, summed up as median, p95 and max.

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>

namespace fremdrift::bench {

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    qsizetype samples = 0;
};

inline Stats statsOf(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values.at(std::min(values.size() - 1, qsizetype(q * double(values.size()))));
    };
    return {at(0.5), at(0.95), values.constLast(), values.size()};
}

// Runs `work` `runs` times after one warm-up run; the wall times in ms, or none when `work`
// failed.
inline QList<double> timed(int runs, const std::function<bool()> &work)
{
    work();
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return {};
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return times;
}

} // namespace fremdrift::bench
