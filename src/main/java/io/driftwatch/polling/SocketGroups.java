package io.driftwatch.polling;

import java.io.IOException;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.Channel;
import java.util.ArrayList;
import java.util.List;

/**
 * The channel groups the polls' sockets open in: each group one thread, an event loop that waits for its sockets'
 * events and runs their completions itself (MINA's reads, decryption, key exchanges); one group per core at least,
 * a socket in the group with fewest, and none holding more than {@value #SOCKETS_PER_GROUP} open sockets.
 *
 * <p>
 * One thread per group because handing each completion from the thread that waits on {@code epoll} to a pool (MINA's
 * way) costs a thread wake-up per read or write: against the asyncssh fleet, whose servers send many small
 * segments, event loops spent about 15% less CPU per device. The bound because the JDK's Linux channel group (JDK
 * 25's {@code sun.nio.ch.EPollPort}) hands the events of each {@code epoll_wait} to a queue of 512 and, when the last
 * event of a batch belongs to a socket closed meanwhile, waits for a new batch before that queue is drained. An event
 * that finds the queue full is dropped, and with it the token that tells a thread to wait for the next batch: from
 * then on the group does no I/O at all, and every poll of every later sweep fails "no TCP answer". At 1,000 polls in
 * one group that happened in one of a few runs. A socket is armed for one event at a time (the JDK registers it
 * {@code EPOLLONESHOT}), two while a read and a write both wait, so a group of at most {@value #SOCKETS_PER_GROUP}
 * sockets can never have 512 events queued.
 */
final class SocketGroups {

    static final int SOCKETS_PER_GROUP = 200;

    private final String name;
    private final List<Group> groups = new ArrayList<>();
    private boolean closed;
    private int turn;

    /**
     * @param name      what the groups' threads are named after
     * @param minGroups how many groups (threads) to start with: the cores, so that all of them can work
     */
    SocketGroups(String name, int minGroups) throws IOException {
        this.name = name;
        for (int i = 0; i < Math.max(1, minGroups); i++) {
            groups.add(newGroup());
        }
    }

    /** The group a connector is made with; MINA asks for one, though the connector's sockets come from {@link #open}. */
    synchronized AsynchronousChannelGroup first() {
        return groups.get(0).channels;
    }

    /** A new socket in the group with fewest (of equals, the next in turn), in a new group when every one is full. */
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
        // Ties go round: between sweeps the health probe's socket then tries each loop in turn.
        turn = (turn + 1) % groups.size();
        Group fewest = null;
        int fewestSockets = Integer.MAX_VALUE;
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get((turn + i) % groups.size());
            int open = group.sockets();
            if (open < fewestSockets) {
                fewest = group;
                fewestSockets = open;
            }
        }
        if (fewestSockets + sockets <= SOCKETS_PER_GROUP) {
            return fewest;
        }
        Group group = newGroup();
        groups.add(group);
        return group;
    }

    /** How many sockets each group holds, in the order the groups were made. */
    synchronized List<Integer> socketsPerGroup() {
        return groups.stream().map(Group::sockets).toList();
    }

    /** Closes every group and the sockets still open in it. */
    synchronized void close() throws IOException {
        closed = true;
        for (Group group : groups) {
            group.channels.shutdownNow();
        }
    }

    private Group newGroup() throws IOException {
        String threadName = name + "-io-" + (groups.size() + 1);
        return new Group(AsynchronousChannelGroup.withFixedThreadPool(1, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        }));
    }

    private static final class Group {

        private final AsynchronousChannelGroup channels;
        private final List<Member> members = new ArrayList<>();

        Group(AsynchronousChannelGroup channels) {
            this.channels = channels;
        }

        int sockets() {
            members.removeIf(member -> !member.channel().isOpen());
            return members.stream().mapToInt(Member::sockets).sum();
        }

        <C extends Channel> C add(C channel, int sockets) {
            members.add(new Member(channel, sockets));
            return channel;
        }
    }

    private record Member(Channel channel, int sockets) {
    }
}
