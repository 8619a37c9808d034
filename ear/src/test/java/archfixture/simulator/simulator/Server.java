package archfixture.simulator.simulator;

public class Server {}
