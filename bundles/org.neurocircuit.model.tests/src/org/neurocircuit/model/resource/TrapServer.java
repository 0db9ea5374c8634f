package org.neurocircuit.model.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A local TCP port that hostile files point their URLs at: if anything ever connects, loading
 * reached for the network. It never answers; {@link #connected()} looks without waiting.
 */
final class TrapServer implements AutoCloseable {

  private final ServerSocketChannel channel;
  private int connections;

  TrapServer() {
    try {
      channel = ServerSocketChannel.open();
      channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      channel.configureBlocking(false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return channel.socket().getLocalPort();
  }

  /** "http://127.0.0.1:port/" + path. */
  String url(String path) {
    return "http://127.0.0.1:" + port() + "/" + path;
  }

  /** Whether anything has connected so far (pending connections are accepted and counted). */
  boolean connected() {
    try {
      for (SocketChannel socket = channel.accept(); socket != null; socket = channel.accept()) {
        connections++;
        socket.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return connections > 0;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
