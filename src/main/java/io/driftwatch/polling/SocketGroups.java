package io.driftwatch.polling;

import java.io.IOException;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.Channel;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.util.threads.CloseableExecutorService;
import org.apache.sshd.common.util.threads.ThreadUtils;

/**
 * The channel groups the polls' sockets open in, none holding more than {@link #SOCKETS_PER_GROUP} open sockets.
 *
 * <p>
 * The JDK's Linux channel group (JDK 25's {@code sun.nio.ch.EPollPort}) hands the events of each {@code epoll_wait}
 * to a queue of 512 and, when the last event of a batch belongs to a socket closed meanwhile, waits for a new batch
 * before that queue is drained. An event that finds the queue full is dropped, and with it the token that tells a
 * thread to wait for the next batch: from then on the group does no I/O at all, and every poll of every later sweep
 * fails "no TCP answer". At 1,000 polls at once that happened in one of a few runs. A socket is armed for one event
 * at a time (the JDK registers it {@code EPOLLONESHOT}), two while a read and a write both wait, so a group of at most
 * {@value #SOCKETS_PER_GROUP} sockets can never have 512 events queued.
 */
final class SocketGroups {

    static final int SOCKETS_PER_GROUP = 200;

    private final CloseableExecutorService ioThreads;
    private final List<Group> groups = new ArrayList<>();
    private boolean closed;

    /** @param ioThreads where the groups run completions (MINA's I/O pool), which outlives them */
    SocketGroups(CloseableExecutorService ioThreads) throws IOException {
        this.ioThreads = ioThreads;
        groups.add(newGroup());
    }

    /** The group a connector is made with; MINA asks for one, though the connector's sockets come from {@link #open}. */
    synchronized AsynchronousChannelGroup first() {
        return groups.get(0).channels;
    }

    /** A new socket in the first group with room, in a new group when every one is full. */
    synchronized AsynchronousSocketChannel open() throws IOException {
        Group group = withRoomFor(1);
        return group.add(AsynchronousSocketChannel.open(group.channels), 1);
    }

    /**
     * A new listening socket, counted with the one connection it accepts: the client listens only for a jump host's
     * forwarded port, which takes the one session tunnelled through it.
     */
    synchronized AsynchronousServerSocketChannel openListener() throws IOException {
        Group group = withRoomFor(2);
        return group.add(AsynchronousServerSocketChannel.open(group.channels), 2);
    }

    private Group withRoomFor(int sockets) throws IOException {
        if (closed) {
            throw new IOException("the SSH transport is closed");
        }
        for (Group group : groups) {
            if (group.hasRoomFor(sockets)) {
                return group;
            }
        }
        Group group = newGroup();
        groups.add(group);
        return group;
    }

    synchronized int groupCount() {
        return groups.size();
    }

    /** Closes every group and the sockets still open in it. */
    synchronized void close() throws IOException {
        closed = true;
        for (Group group : groups) {
            group.channels.shutdownNow();
        }
    }

    /** A group shuts its executor down with it: each gets a wrapper of its own that leaves the pool running. */
    private Group newGroup() throws IOException {
        return new Group(AsynchronousChannelGroup.withThreadPool(ThreadUtils.noClose(ioThreads)));
    }

    private static final class Group {

        private final AsynchronousChannelGroup channels;
        private final List<Member> members = new ArrayList<>();

        Group(AsynchronousChannelGroup channels) {
            this.channels = channels;
        }

        boolean hasRoomFor(int more) {
            members.removeIf(member -> !member.channel().isOpen());
            return members.stream().mapToInt(Member::sockets).sum() + more <= SOCKETS_PER_GROUP;
        }

        <C extends Channel> C add(C channel, int sockets) {
            members.add(new Member(channel, sockets));
            return channel;
        }
    }

    private record Member(Channel channel, int sockets) {
    }
}
