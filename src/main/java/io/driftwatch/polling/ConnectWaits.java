package io.driftwatch.polling;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.sshd.common.Factory;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.RuntimeSshException;
import org.apache.sshd.common.io.IoAcceptor;
import org.apache.sshd.common.io.IoConnector;
import org.apache.sshd.common.io.IoHandler;
import org.apache.sshd.common.io.IoServiceFactory;
import org.apache.sshd.common.io.IoServiceFactoryFactory;
import org.apache.sshd.common.io.nio2.Nio2Acceptor;
import org.apache.sshd.common.io.nio2.Nio2Connector;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactory;
import org.apache.sshd.common.util.threads.CloseableExecutorService;
import org.apache.sshd.common.util.threads.NoCloseExecutor;
import org.apache.sshd.common.util.threads.ThreadUtils;

/**
 * MINA's NIO2 transport with a thread of its own for each wait on a TCP connect, and the sockets it connects spread
 * over event loops of bounded size ({@link SocketGroups}: one channel group for all of them could stop doing I/O for
 * good, and a pool behind it costs a thread wake-up per read).
 *
 * <p>
 * MINA waits for every connect on a small fixed pool of "resume" threads (as many as its I/O threads: the cores plus
 * one), each blocked until its connect ends or the connect timeout passes. A router that never answers the SYN
 * (powered off, or behind a firewall that drops) held one for the whole timeout, so three of them held them all:
 * every other router's finished handshake waited in the queue behind them, and its poll timed out as unreachable.
 * Here a wait costs a virtual thread on Java 21 and later, and a thread of a cached pool on Java 17.
 */
final class ConnectWaits implements IoServiceFactoryFactory {

    private final ExecutorService virtualThreads;
    private final int eventLoops;
    private Factory<CloseableExecutorService> ioThreads;

    /**
     * @param virtualThreads an executor that starts a virtual thread per task, or {@code null} before Java 21
     * @param eventLoops     how many I/O threads to start with (the cores); more come as sockets fill them
     */
    ConnectWaits(ExecutorService virtualThreads, int eventLoops) {
        this.virtualThreads = virtualThreads;
        this.eventLoops = eventLoops;
    }

    @Override
    public IoServiceFactory create(FactoryManager manager) {
        CloseableExecutorService waits = virtualThreads != null
                ? new NoCloseExecutor(virtualThreads)
                : ThreadUtils.newCachedThreadPool(manager + "-connect-wait");
        // MINA makes its fixed I/O pool itself when given none, as with its own factory.
        return new GroupedFactory(manager, ioThreads == null ? null : ioThreads.create(), waits, eventLoops);
    }

    @Override
    public void setExecutorServiceFactory(Factory<CloseableExecutorService> factory) {
        this.ioThreads = factory;
    }

    /** MINA's factory whose connectors and acceptors open each socket in one of the {@link SocketGroups}. */
    static final class GroupedFactory extends Nio2ServiceFactory {

        private final SocketGroups groups;
        private final ExecutorService waits;

        GroupedFactory(FactoryManager manager, CloseableExecutorService ioThreads, CloseableExecutorService waits,
                int eventLoops) {
            super(manager, ioThreads, waits);
            try {
                this.groups = new SocketGroups("driftwatch-ssh", eventLoops);
            } catch (IOException e) {
                throw new RuntimeSshException(e);
            }
            this.waits = waits;
        }

        @Override
        public IoConnector createConnector(IoHandler handler) {
            IoConnector connector = new Nio2Connector(this, getFactoryManager(), handler, groups.first(), waits) {
                @Override
                protected AsynchronousSocketChannel openAsynchronousSocketChannel(SocketAddress address,
                        AsynchronousChannelGroup ignored) throws IOException {
                    return groups.open();
                }
            };
            return autowireCreatedService(connector);
        }

        @Override
        public IoAcceptor createAcceptor(IoHandler handler) {
            IoAcceptor acceptor = new Nio2Acceptor(this, getFactoryManager(), handler, groups.first(), waits) {
                @Override
                protected AsynchronousServerSocketChannel openAsynchronousServerSocketChannel(SocketAddress address,
                        AsynchronousChannelGroup ignored) throws IOException {
                    return groups.openListener();
                }
            };
            return autowireCreatedService(acceptor);
        }

        List<Integer> socketsPerGroup() {
            return groups.socketsPerGroup();
        }

        @Override
        protected void doCloseImmediately() {
            try {
                groups.close();
            } catch (IOException e) {
                log.debug("closing the socket groups failed", e);
            } finally {
                super.doCloseImmediately();
            }
        }
    }
}
