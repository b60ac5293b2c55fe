Console.WriteLine("warehouse");
