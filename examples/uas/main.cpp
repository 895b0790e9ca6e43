// sipcodes-uas: a single-threaded SIP user-agent server over UDP, written the
// way firmware is: static buffers, no heap allocation and no exceptions on the
// request path (built with -fno-exceptions -fno-rtti).
//
//   sipcodes-uas --port 5060 --reply INVITE=486 --reply REGISTER=401
//
// Each datagram gets at most one response, from user_agent_server.cpp; this
// file owns the socket, the signals and the summary line printed on exit:
//
//   sipcodes-uas: requests=12 responses=200:8,486:2 acks=1 dropped=1 send_errors=0 user_s=0.001 sys_s=0.003 max_rss_kb=3008
//
// Exit status: 0 after SIGINT, SIGTERM or --max-requests; 2 for bad
// arguments; 1 if the socket cannot be set up.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "options.hpp"
#include "user_agent_server.hpp"

namespace {

using namespace sipcodes_uas;

constexpr int exit_usage = 2;
constexpr int exit_failure = 1;
// Datagrams read per wake-up before the signal mask is opened again.
constexpr int burst = 64;

// Written by the signal handler, which can reach nothing but a global.
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables)
volatile std::sig_atomic_t stop_requested = 0;

extern "C" void on_stop_signal(int /*signal_number*/)
{
    stop_requested = 1;
}

struct counters {
    unsigned long long requests = 0;
    unsigned long long acks = 0;
    unsigned long long dropped = 0;
    unsigned long long send_errors = 0;
    unsigned long long by_code[600] = {}; // index code - 100
};

// The socket API takes every address as a sockaddr*, and the family-specific
// sockaddr_in/sockaddr_in6 live in a sockaddr_storage: this cast is how POSIX
// means them to be used, so it is made here and nowhere else.
template <typename To>
To* address_as(sockaddr_storage& address)
{
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast)
    return reinterpret_cast<To*>(&address);
}

void set_port(sockaddr_storage& address, std::uint16_t port)
{
    if (address.ss_family == AF_INET6) {
        address_as<sockaddr_in6>(address)->sin6_port = htons(port);
    } else {
        address_as<sockaddr_in>(address)->sin_port = htons(port);
    }
}

std::uint64_t monotonic_ms()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<std::uint64_t>(t.tv_sec) * 1000u + static_cast<std::uint64_t>(t.tv_nsec / 1000000);
}

void write_text(std::FILE* to, std::string_view text)
{
    if (!text.empty()) {
        std::fwrite(text.data(), 1, text.size(), to);
    }
}

// Peak resident set in KiB: VmHWM of this process image. getrusage's
// ru_maxrss is not used because Linux carries it across execve, so it would
// report the parent's size when that was larger (a test driver's Python).
long peak_rss_kb()
{
    char status[4096];
    const int fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return -1;
    }
    const ssize_t n = read(fd, status, sizeof status - 1);
    close(fd);
    if (n <= 0) {
        return -1;
    }
    status[n] = '\0';
    const char* line = std::strstr(status, "VmHWM:");
    return line == nullptr ? -1 : std::strtol(line + 6, nullptr, 10);
}

void print_summary(const counters& totals)
{
    std::printf("sipcodes-uas: requests=%llu responses=", totals.requests);
    const char* separator = "";
    for (int code = 100; code < 700; ++code) {
        if (const unsigned long long n = totals.by_code[code - 100]) {
            std::printf("%s%d:%llu", separator, code, n);
            separator = ",";
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    std::printf(" acks=%llu dropped=%llu send_errors=%llu user_s=%.3f sys_s=%.3f max_rss_kb=%ld\n", totals.acks,
                totals.dropped, totals.send_errors, seconds(usage.ru_utime), seconds(usage.ru_stime), peak_rss_kb());
    std::fflush(stdout);
}

// Binds the socket and records "host:port" as the server's own address.
int open_socket(options& o)
{
    const int fd = socket(o.address_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        std::perror("sipcodes-uas: socket");
        return -1;
    }
    // Room for bursts while the loop is busy; the kernel caps it at rmem_max.
    const int receive_buffer = 4 << 20;
    (void)setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer);

    char text[INET6_ADDRSTRLEN + 1] = {};
    std::memcpy(text, o.bind_address.data(), o.bind_address.size());
    sockaddr_storage address{};
    socklen_t length = 0;
    if (o.address_family == AF_INET6) {
        auto* a = address_as<sockaddr_in6>(address);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(o.port);
        (void)inet_pton(AF_INET6, text, &a->sin6_addr); // checked by parse_options
        length = sizeof *a;
    } else {
        auto* a = address_as<sockaddr_in>(address);
        a->sin_family = AF_INET;
        a->sin_port = htons(o.port);
        (void)inet_pton(AF_INET, text, &a->sin_addr);
        length = sizeof *a;
    }
    if (bind(fd, address_as<sockaddr>(address), length) != 0 ||
        getsockname(fd, address_as<sockaddr>(address), &length) != 0) {
        std::fprintf(stderr, "sipcodes-uas: cannot listen on %s port %u: %s\n", text, static_cast<unsigned>(o.port),
                     std::strerror(errno));
        close(fd);
        return -1;
    }
    const unsigned port = o.address_family == AF_INET6
                              ? ntohs(address_as<sockaddr_in6>(address)->sin6_port)
                              : ntohs(address_as<sockaddr_in>(address)->sin_port);
    char hostport[sizeof o.settings.own_hostport + 1];
    const int n = std::snprintf(hostport, sizeof hostport, o.address_family == AF_INET6 ? "[%s]:%u" : "%s:%u", text, port);
    if (n < 0 || !set_own_hostport(o.settings, std::string_view(hostport, static_cast<std::size_t>(n)))) {
        std::fprintf(stderr, "sipcodes-uas: address too long: %s\n", text);
        close(fd);
        return -1;
    }
    std::printf("sipcodes-uas: listening on udp %s\n", hostport);
    std::fflush(stdout);
    return fd;
}

// Reads and answers what is queued, up to `burst` datagrams; false once the
// request budget is spent.
bool serve_queued(int fd, user_agent_server& server, std::uint64_t max_requests, counters& totals)
{
    // The request path touches these and nothing else: static, so neither is
    // on the stack.
    static char request_bytes[max_request_size];
    static char response_bytes[max_response_size];
    for (int k = 0; k < burst; ++k) {
        sockaddr_storage source{};
        socklen_t source_length = sizeof source;
        // MSG_TRUNC: the datagram's real length, so a longer one is known to be cut.
        const ssize_t received = recvfrom(fd, request_bytes, sizeof request_bytes, MSG_DONTWAIT | MSG_TRUNC,
                                          address_as<sockaddr>(source), &source_length);
        if (received < 0) {
            return true; // EAGAIN: nothing more queued; anything else: next wake-up
        }
        ++totals.requests;
        const auto size = static_cast<std::size_t>(received);
        const bool truncated = size > sizeof request_bytes;

        char address[INET6_ADDRSTRLEN] = {};
        std::uint16_t port = 0;
        if (source.ss_family == AF_INET6) {
            const auto* a = address_as<sockaddr_in6>(source);
            inet_ntop(AF_INET6, &a->sin6_addr, address, sizeof address);
            port = ntohs(a->sin6_port);
        } else {
            const auto* a = address_as<sockaddr_in>(source);
            inet_ntop(AF_INET, &a->sin_addr, address, sizeof address);
            port = ntohs(a->sin_port);
        }
        const outcome result =
            server.handle(std::string_view(request_bytes, truncated ? sizeof request_bytes : size), truncated,
                          peer{address, port}, monotonic_ms(), response_bytes, sizeof response_bytes);
        switch (result.kind) {
        case outcome_kind::respond:
            set_port(source, result.reply_port);
            if (sendto(fd, response_bytes, result.length, 0, address_as<sockaddr>(source), source_length) < 0) {
                ++totals.send_errors;
            } else {
                ++totals.by_code[result.code - 100];
            }
            break;
        case outcome_kind::absorb: ++totals.acks; break;
        case outcome_kind::drop: ++totals.dropped; break;
        }
        if (max_requests != 0 && totals.requests >= max_requests) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    static options o;
    message error;
    if (!parse_options(argc, argv, o, error)) {
        write_text(stderr, "sipcodes-uas: ");
        write_text(stderr, error.text());
        write_text(stderr, "\n");
        return exit_usage;
    }
    if (o.help) {
        write_text(stdout, usage);
        return 0;
    }
    if (getrandom(o.settings.secret, sizeof o.settings.secret, 0) != static_cast<ssize_t>(sizeof o.settings.secret)) {
        std::perror("sipcodes-uas: getrandom");
        return exit_failure;
    }

    // SIGINT and SIGTERM are blocked except inside ppoll(), so a stop request
    // can never slip in between the flag test and the wait.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    sigset_t while_waiting;
    sigprocmask(SIG_BLOCK, &stop_signals, &while_waiting);
    sigdelset(&while_waiting, SIGINT);
    sigdelset(&while_waiting, SIGTERM);
    struct sigaction action{};
    action.sa_handler = on_stop_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    const int fd = open_socket(o);
    if (fd < 0) {
        return exit_failure;
    }
    static user_agent_server server(o.settings);
    static counters totals;
    bool serving = true;
    while (serving && stop_requested == 0) {
        pollfd wait_for{fd, POLLIN, 0};
        const int ready = ppoll(&wait_for, 1, nullptr, &while_waiting);
        if (ready < 0) {
            if (errno == EINTR) {
                continue;
            }
            std::perror("sipcodes-uas: ppoll");
            close(fd);
            print_summary(totals);
            return exit_failure;
        }
        serving = serve_queued(fd, server, o.max_requests, totals);
    }
    close(fd);
    print_summary(totals);
    return 0;
}
